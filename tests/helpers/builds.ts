import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built at the root for this test run. */
    dist: string;
    /** The same site built under SUBPATH_BASE. */
    distSubpath: string;
  }
}

/** The folder of this run's build of the site at the root. */
export const distDir = (): string => inject('dist');
/** The folder of this run's build under the sub-path. */
export const distSubpathDir = (): string => inject('distSubpath');
