/**
 * How long browsers and proxies may keep the site's files: a year, never revalidated, for the files whose names
 * carry a hash of their content (a new version gets a new name). Everything else (pages, data files, Pagefind's
 * entry files, which keep their names from build to build) gets no rule, so hosts revalidate it on every use.
 */
import type { HeaderRule } from './security-headers.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Path patterns from the site's base, as in `_headers`. */
export const CACHE_HEADER_RULES: readonly HeaderRule[] = [
  // Astro's scripts and stylesheets: "about.Dx-BtukR.css".
  { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // Pagefind's word index chunks, page fragments and filter files: "en_6cc9bb3.pf_fragment".
  { pattern: '/pagefind/index/*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/pagefind/fragment/*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/pagefind/filter/*', headers: { 'Cache-Control': IMMUTABLE } },
];
