/**
 * Pagefind writes its WebAssembly, metadata, word index chunks, page fragments and filters gzip-compressed, and
 * decompresses each in script, on the page's thread, unless the browser has already done so: it looks for its own
 * signature at the start of the bytes it is given (Pagefind/pagefind#28). Sent with `Content-Encoding: gzip`, the
 * same bytes are decompressed by the browser's network code instead, natively and off the page's thread, so that a
 * search blocks the page less, and no byte more is transferred. A host that ignores the header sends the files as
 * bytes, and Pagefind decompresses them itself, as before.
 */
import type { HeaderRule } from './security-headers.ts';

/** Pagefind's gzip files, by path pattern from the site's base, as in `_headers`. */
export const PAGEFIND_GZIP_PATTERNS = [
  // "wasm.en.pagefind", "pagefind.en_2a3d5afaee.pf_meta"
  '/pagefind/*.pagefind',
  '/pagefind/*.pf_meta',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
] as const;

export const PAGEFIND_ENCODING_RULES: readonly HeaderRule[] = PAGEFIND_GZIP_PATTERNS.map((pattern) => ({
  pattern,
  headers: { 'Content-Encoding': 'gzip' },
}));
