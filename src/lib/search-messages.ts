/**
 * What the search page says after a search, in its live region: the count, the words (a quoted phrase quoted once)
 * and how many filters, so that each new search reads differently and is announced.
 */
import { countFiltersInUse, isEmptySearchState, type SearchState } from './search-state.ts';
import { parseQuery } from './search-terms.ts';

/** "1 result", "2 results". */
export function resultCount(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** " with 1 filter", " with 2 filters", or "" without filters; values ticked in one filter are one filter. */
function filtersPhrase(state: SearchState): string {
  const filters = countFiltersInUse(state);
  if (filters === 0) return '';
  return ` with ${filters} ${filters === 1 ? 'filter' : 'filters'}`;
}

/** The message before any search: what to do. */
export const NOTHING_ASKED_MESSAGE = 'Type words to search for, choose filters, or both.';

/** The words of a search as the page quotes them: “Ministry of Home Affairs”, whether or not they were typed in quotes. */
export function quotedQuery(query: string): string {
  return `“${parseQuery(query).text}”`;
}

/**
 * The result count in words: `2 results found for “ANSSI”.`, `1 result found for “cybercrime” with 2 filters.`,
 * `2 results found with 1 filter.`, `No results found for “xyz”.`; for a quoted phrase, how many quote it:
 * `3 results found for “Ministry of Home Affairs”: 1 quotes it.`
 * @param quoting for a quoted phrase, how many results quote it in their text
 */
export function resultCountMessage(count: number, state: SearchState, quoting?: number): string {
  if (isEmptySearchState(state)) return NOTHING_ASKED_MESSAGE;
  const found = count === 0 ? 'No results found' : `${resultCount(count)} found`;
  const words = state.query === '' ? '' : ` for ${quotedQuery(state.query)}`;
  const quotes = quoting === undefined || count === 0 ? '' : `: ${quoting === 0 ? 'none' : quoting} ${quoting === 1 || quoting === 0 ? 'quotes' : 'quote'} it`;
  return `${found}${words}${filtersPhrase(state)}${quotes}.`;
}
