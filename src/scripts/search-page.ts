/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows the results and filter counts,
 * and keeps the URL in step, so that a search can be bookmarked and shared, and Back returns to the one before.
 * Loaded only by src/pages/search.astro, whose markup it expects.
 */
import { resultCountMessage } from '../lib/search-messages.ts';
import {
  FILTER_KEYS,
  isEmptySearchState,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  toPagefindFilters,
  type FilterKey,
  type SearchState,
} from '../lib/search-state.ts';
import { joinBase } from '../lib/urls.ts';
import { loadPagefind, type Pagefind, type PagefindFilterCounts, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { appendResults, renderFilterCounts, renderResults } from './search-results-view.ts';

/** Typing searches once the typist pauses this long, so that each key press does not search. */
const TYPING_PAUSE_MS = 300;
/**
 * Results whose page data (title, excerpt) is fetched at a time: each costs a request, so a search that
 * matches hundreds of releases loads ten and offers the rest on demand.
 */
const RESULTS_PER_PAGE = 10;
const BASE = joinBase(import.meta.env.BASE_URL, '/');

function element<T extends Element>(selector: string, type: new () => T): T {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search page has no ${selector}.`);
  return found;
}

const ui = element('#search-ui', HTMLElement);
const form = element('#search-form', HTMLFormElement);
const queryInput = element('#search-query', HTMLInputElement);
const status = element('#search-status', HTMLElement);
const resultList = element('#search-results', HTMLOListElement);
const noResults = element('#search-no-results', HTMLElement);
const resultsSection = element('#search-results-section', HTMLElement);
const moreButton = element('#search-more', HTMLButtonElement);
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][form="search-form"]')];
const pageTitle = document.title;

interface SearchOutcome {
  /** How many releases match. */
  total: number;
  /** The first page of them, loaded. */
  results: PagefindResultData[];
  /** The rest, to load on demand. */
  rest: PagefindResult[];
  counts: Partial<Record<FilterKey, Record<string, number>>>;
}

/** The search the form describes, read as a no-JavaScript submission would send it. */
function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return parseSearchState(params);
}

function fillForm(state: SearchState): void {
  queryInput.value = state.query;
  for (const checkbox of checkboxes) checkbox.checked = state.filters[checkbox.name as FilterKey]?.includes(checkbox.value) ?? false;
}

function countsOf(counts: PagefindFilterCounts, key: FilterKey): Record<string, number> {
  return counts[key] ?? {};
}

/**
 * Runs a search. Values of one filter are alternatives, so each chosen filter's own counts come from the
 * same search without it: they say how many releases ticking one more value would add.
 */
async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const totals = await pagefind.filters();
  if (isEmptySearchState(state)) return { total: 0, results: [], rest: [], counts: totals };
  const term = state.query === '' ? null : state.query;
  // Without words there is no relevance to rank by: newest first, as the release list is.
  const sort = term === null ? { date: 'desc' as const } : undefined;
  const search = (filters: ReturnType<typeof toPagefindFilters>) =>
    term === null && Object.keys(filters).length === 0 ? Promise.resolve(null) : pagefind.search(term, { filters, ...(sort && { sort }) });

  const main = await search(toPagefindFilters(state));
  const counts: SearchOutcome['counts'] = {};
  for (const key of FILTER_KEYS) counts[key] = countsOf(main?.filters ?? {}, key);
  await Promise.all(
    FILTER_KEYS.filter((key) => state.filters[key].length > 0).map(async (key) => {
      const without = await search(toPagefindFilters(state, key));
      counts[key] = countsOf(without?.filters ?? totals, key);
    }),
  );
  const all = main?.results ?? [];
  const results = await Promise.all(all.slice(0, RESULTS_PER_PAGE).map((result) => result.data()));
  return { total: all.length, results, rest: all.slice(RESULTS_PER_PAGE), counts };
}

let latestRun = 0;
/** Results of the current search not yet shown. */
let remaining: PagefindResult[] = [];

function showMoreButton(): void {
  moreButton.hidden = remaining.length === 0;
  moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, remaining.length)} more of ${remaining.length} remaining`;
}

/** Shows the results of a search; a slower earlier search never overwrites a later one. */
async function show(state: SearchState): Promise<void> {
  const run = ++latestRun;
  document.title = state.query === '' ? pageTitle : `${state.query} – ${pageTitle}`;
  resultsSection.setAttribute('aria-busy', 'true');
  try {
    const pagefind = await loadPagefind(BASE);
    const outcome = await runSearch(pagefind, state);
    if (run !== latestRun) return;
    renderResults(resultList, outcome.results);
    remaining = outcome.rest;
    showMoreButton();
    renderFilterCounts(checkboxes, outcome.counts);
    noResults.hidden = outcome.total > 0 || isEmptySearchState(state);
    status.textContent = resultCountMessage(outcome.total, state);
  } catch (error) {
    if (run !== latestRun) return;
    console.error(error);
    renderResults(resultList, []);
    remaining = [];
    showMoreButton();
    renderFilterCounts(checkboxes, undefined);
    noResults.hidden = false;
    status.textContent = 'The search could not be loaded. Please try again, or browse the archive with the links below.';
  } finally {
    if (run === latestRun) resultsSection.removeAttribute('aria-busy');
  }
}

// Whether the current history entry was made by typing: the next pause in the same burst of typing
// replaces it rather than adding one entry per pause.
let typingEntry = false;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** Makes a search the current one: a new history entry (or the typing entry updated), then the results. */
function commit(state: SearchState, how: 'submit' | 'typing'): void {
  clearTimeout(typingTimer);
  if (sameSearchState(state, parseSearchState(location.search))) {
    if (how === 'submit') typingEntry = false;
    return;
  }
  const url = `${location.pathname}${searchStateToQueryString(state)}`;
  if (how === 'typing' && typingEntry) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  typingEntry = how === 'typing';
  void show(state);
}

moreButton.addEventListener('click', async () => {
  const run = latestRun;
  const page = remaining.slice(0, RESULTS_PER_PAGE);
  const loaded = await Promise.all(page.map((result) => result.data()));
  if (run !== latestRun) return;
  remaining = remaining.slice(page.length);
  // Keyboard and screen-reader users continue at the first new result, not at a button that may vanish.
  appendResults(resultList, loaded)?.focus();
  showMoreButton();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(readForm(), 'submit');
});
// The checkboxes sit outside the <form> element (joined to it by their `form` attribute), so listen on each.
for (const checkbox of checkboxes) checkbox.addEventListener('change', () => commit(readForm(), 'submit'));
queryInput.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => commit(readForm(), 'typing'), TYPING_PAUSE_MS);
});
window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  const state = parseSearchState(location.search);
  fillForm(state);
  void show(state);
});

ui.hidden = false;
const initial = parseSearchState(location.search);
fillForm(initial);
void show(initial);
