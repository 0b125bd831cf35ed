/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) that the search page uses,
 * and its loading. The bundle is imported at run time from the built site, never bundled with our code.
 */
import { searchMetaWeights } from '../lib/search-fields.ts';

/** Counts of results by filter key, then by value (`{ agency: { anssi: 2 } }`). */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  /** The page's URL, with the `baseUrl` given to `options()`. */
  url: string;
  /** The page's indexed text: its own words (see src/lib/search-records.ts). */
  content: string;
  /** The matched passage of the text: escaped text with the matched words in `<mark>`. */
  excerpt: string;
  /** The page's searchable fields (src/lib/search-fields.ts). */
  meta: Record<string, string | undefined>;
  /** The page's filter values. */
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the query matched in the page's text (word positions); empty when it matched only in fields. */
  words: number[];
  /** The fields the query matched in, if any. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  /** For each value of each loaded filter, how many of these results carry it. */
  filters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  /** By filter key, the values a page must have one of; keys narrow each other. */
  filters?: Record<string, { any: string[] }>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `null` as the term searches by filters alone; a term in straight double quotes is an exact phrase. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse | null>;
  /** Loads what a search would need (index and filter files) without running it. */
  preload(term: string | null, options?: PagefindSearchOptions): Promise<void>;
}

/**
 * Loads the index file of one filter, so that every search from then on counts its values (a search counts
 * the filters whose files are loaded). A filter with no chosen value narrows nothing.
 */
export function loadFilter(pagefind: Pagefind, key: string): Promise<void> {
  return pagefind.preload(null, { filters: { [key]: { any: [] } } });
}

/**
 * Pagefind builds an `Intl.Segmenter` on every search, only to cut the query into graphemes before it drops their
 * punctuation; the first one built loads ICU's break data, a task of 100–200 ms on the page's thread (the search's
 * longest, and most of the page's blocking time). For a language written with spaces, Pagefind's fallback without a
 * segmenter reads a query the same way, character by character; so the search page, which uses no segmenter of its
 * own, hides it from Pagefind. Languages written without spaces keep it: Pagefind cuts their words with it.
 */
function letPagefindReadQueriesWithoutSegmenter(language: string): void {
  if (!/^(?:zh|ja|ko|th|lo|km|my)\b/i.test(language)) Reflect.deleteProperty(Intl, 'Segmenter');
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, from `<base>pagefind/pagefind.js`, and makes its result URLs start with the base path
 * (so links work when the site is served under a sub-path). Pagefind runs in the page rather than in its web worker:
 * the index is small enough for a search to take milliseconds, and the worker's own copy of the code would cost a
 * first search 12 kB and a round trip more. A release weighs a little more than a page of another kind
 * (`searchMetaWeights`).
 * @param base the site's base path, ending in "/" ("/", "/cyber-dialogue/")
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    // A variable, not a template literal, as the specifier: Vite then leaves the import() as it is, instead of
    // wrapping it in its module-preload helper (0.7 kB gzip that had nothing to preload).
    const url = `${base}pagefind/pagefind.js`;
    letPagefindReadQueriesWithoutSegmenter(document.documentElement.lang);
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, noWorker: true, ranking: { metaWeights: searchMetaWeights() } });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (a network hiccup) is tried again by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
