/**
 * The state of the search page, kept in its URL so that a search can be bookmarked, shared and gone back to:
 * `/search/?q=cybercrime&kind=release&agency=anssi&agency=fbi&year=2024`. Filter values are ids (stable), never display names;
 * a key repeats for several values. Runs in the browser and at build time alike (no DOM, no Astro).
 */

/** The filter keys, in the order they appear in URLs and on the page; `kind` is the kind of page (release, dialogue, …). */
export const FILTER_KEYS = ['kind', 'agency', 'country', 'topic', 'year', 'type', 'dialogue'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The URL key of the words searched for. */
export const QUERY_KEY = 'q';

export interface SearchState {
  /** The words searched for, trimmed; empty when none. */
  query: string;
  /** The chosen values of each filter, without repeats. */
  filters: Record<FilterKey, string[]>;
}

/** A state with no words and no filters. */
export function emptySearchState(): SearchState {
  return { query: '', filters: { kind: [], agency: [], country: [], topic: [], year: [], type: [], dialogue: [] } };
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/**
 * Reads the state from a query string or its parameters (`?q=nist&year=2018`).
 * Unknown keys, empty values and repeats are dropped; the last `q` wins.
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  for (const [key, rawValue] of params) {
    const value = rawValue.trim();
    if (key === QUERY_KEY) state.query = value.replace(/\s+/g, ' ');
    else if (isFilterKey(key) && value !== '' && !state.filters[key].includes(value)) state.filters[key].push(value);
  }
  return state;
}

/**
 * The query string of a state, `?q=…` then the filters in `FILTER_KEYS` order, each key's values sorted,
 * so that one search always has one URL; `''` for an empty state.
 */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.append(QUERY_KEY, state.query);
  for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when two states are the same search: same words, same filter values in any order. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return searchStateToQueryString(a) === searchStateToQueryString(b);
}

/** The filters in use (a key with at least one value chosen), in `FILTER_KEYS` order. */
export function filtersInUse(state: SearchState): FilterKey[] {
  return FILTER_KEYS.filter((key) => state.filters[key].length > 0);
}

/**
 * How many filters are in use: two agencies ticked are one filter (its values are alternatives), an agency and a
 * year are two.
 */
export function countFiltersInUse(state: SearchState): number {
  return filtersInUse(state).length;
}

/** True when the state asks for nothing: no words and no filters. */
export function isEmptySearchState(state: SearchState): boolean {
  return state.query === '' && countFiltersInUse(state) === 0;
}

/** The state without any filter: the words alone. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...emptySearchState(), query: state.query };
}

/** The state with one value of one filter removed (or added back when `add`). */
export function withFilterValue(state: SearchState, key: FilterKey, value: string, add: boolean): SearchState {
  const others = state.filters[key].filter((chosen) => chosen !== value);
  return { ...state, filters: { ...state.filters, [key]: add ? [...others, value] : others } };
}

/** Pagefind's filter object: a release must match any chosen value of a key, and every key that has values. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/**
 * The filters to hand to Pagefind's `search()`. Values of one key are alternatives (2018 or 2024);
 * different keys narrow each other (ANSSI and 2024). `except` leaves one key out, to count its values.
 */
export function toPagefindFilters(state: SearchState, except?: FilterKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && state.filters[key].length > 0) filters[key] = { any: [...state.filters[key]] };
  }
  return filters;
}
