/**
 * What the search page says after a search, in its live region: the count, the words and how many filters,
 * so that each new search reads differently and is announced.
 */
import { countChosenFilters, isEmptySearchState, type SearchState } from './search-state.ts';

/** "1 release", "2 releases". */
export function releaseCount(count: number): string {
  return `${count} ${count === 1 ? 'release' : 'releases'}`;
}

/** " with 1 filter", " with 2 filters", or "" without filters. */
function filtersPhrase(state: SearchState): string {
  const filters = countChosenFilters(state);
  if (filters === 0) return '';
  return ` with ${filters} ${filters === 1 ? 'filter' : 'filters'}`;
}

/** The message before any search: what to do. */
export const NOTHING_ASKED_MESSAGE = 'Type words to search for, choose filters, or both.';

/**
 * The result count in words: `2 releases found for “ANSSI”.`, `1 release found for “cybercrime” with 2 filters.`,
 * `2 releases found with 1 filter.`, `No releases found for “xyz”.`
 */
export function resultCountMessage(count: number, state: SearchState): string {
  if (isEmptySearchState(state)) return NOTHING_ASKED_MESSAGE;
  const found = count === 0 ? 'No releases found' : `${releaseCount(count)} found`;
  const words = state.query === '' ? '' : ` for “${state.query}”`;
  return `${found}${words}${filtersPhrase(state)}.`;
}
