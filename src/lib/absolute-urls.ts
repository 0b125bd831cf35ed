/** Absolute URLs, for what leaves the site: the open data files and the structured data of pages. */
import { joinBase } from './urls.ts';

/** Turns a root-relative site path ("/dialogues/6/") into the URL to publish. */
export type UrlOf = (path: string) => string;

/**
 * A `UrlOf` for a site at `site` (Astro's `site`, e.g. https://example.org) served under `base` ("/", "/archive/"):
 * "/dialogues/6/" → "https://example.org/archive/dialogues/6/".
 */
export function absoluteUrlOf(site: URL | string | undefined, base: string): UrlOf {
  if (site === undefined) throw new Error('absolute URLs need the site origin: set `site` in astro.config.mjs (or SITE)');
  const origin = new URL(site);
  return (path) => new URL(joinBase(base, path), origin).href;
}
