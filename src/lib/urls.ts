/**
 * The site's permanent URLs, in one place (documented in README.md, "Permanent URLs").
 * Paths are written from the site root; `href` adds the base path the site is built under.
 */

export const paths = {
  home: () => '/',
  releases: () => '/releases/',
  release: (id: string) => `/releases/${id}/`,
  /** The raw file a release was imported from, served as plain text. */
  releaseSource: (id: string) => `/sources/${id}.txt`,
  dialogues: () => '/dialogues/',
  dialogue: (ordinal: number) => `/dialogues/${ordinal}/`,
  agencies: () => '/agencies/',
  agency: (id: string) => `/agencies/${id}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  about: () => '/about/',
  /** The recurring passages of the releases. */
  language: () => '/language/',
  search: () => '/search/',
  /** The releases' RSS feed. */
  feed: () => '/rss.xml',
  /** The sitemap index, written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
} as const;

/** Joins a base path ("/", "/archive", "/archive/") and a root-relative path ("/releases/"). */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  return `${trimmedBase}/${path.replace(/^\/+/, '')}`;
}

/** A root-relative path under the base path the site is built with. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
