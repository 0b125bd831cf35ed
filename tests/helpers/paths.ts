import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where tests put their builds (ignored by git); each test run has its own folder, removed at the end. */
export const TEST_OUTPUT = `${ROOT}tests/.output/`;
/** The sub-path of the second build, as a host that serves the site at https://example.org/cyber-dialogue/ would. */
export const SUBPATH_BASE = '/cyber-dialogue/';
