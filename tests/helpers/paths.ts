import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The site as `npm run build` makes it. */
export const DIST = `${ROOT}dist/`;
/** Where tests put their own builds (fixtures, the sub-path build). Ignored by git. */
export const TEST_OUTPUT = `${ROOT}tests/.output/`;
/** The site built under a sub-path, as a host that serves it at https://example.org/cyber-dialogue/ would. */
export const SUBPATH_BASE = '/cyber-dialogue/';
export const DIST_SUBPATH = `${TEST_OUTPUT}dist-subpath/`;
/** The raw scraped releases the content was made from. */
export const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
