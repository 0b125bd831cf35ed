/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows the results and filter counts,
 * and keeps the URL in step, so that a search can be bookmarked and shared, and Back returns to the one before.
 * Loaded only by src/pages/search.astro, whose markup it expects.
 */
import type { FilterOption } from '../lib/search-filters.ts';
import { resultCountMessage } from '../lib/search-messages.ts';
import { DAY_FILTER } from '../lib/search-order.ts';
import {
  isEmptySearchState,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  toPagefindFilters,
  type FilterKey,
  type SearchState,
} from '../lib/search-state.ts';
import { joinBase } from '../lib/urls.ts';
import { loadFilter, loadPagefind, type Pagefind } from './pagefind-api.ts';
import { listFeed, newestFirstFeed, type ResultFeed } from './result-feeds.ts';
import { appendResults, renderChosenCounts, renderFilterCounts, renderFilterValues, renderResults } from './search-results-view.ts';

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
const filterGroups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
const pageTitle = document.title;

const groupKey = (group: HTMLDetailsElement) => group.dataset.filter as FilterKey;
/** The checkboxes of the filters whose values are drawn. */
const checkboxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${form.id}"]`)];

/** The search the form shows; for a filter whose values are not drawn yet, it holds the chosen ones. */
let formState = parseSearchState(location.search);
/** The filters whose values are drawn, and the fetches under way. */
const drawnFilters = new Set<FilterKey>();
const drawingFilters = new Map<FilterKey, Promise<void>>();

/**
 * Fetches a filter's values and draws them, once (a failed fetch is tried again next time). The page
 * does not carry them, so that its weight does not grow with the archive.
 */
function drawValues(group: HTMLDetailsElement): Promise<void> {
  const key = groupKey(group);
  let drawing = drawingFilters.get(key);
  if (drawing) return drawing;
  const list = group.querySelector('ul[data-values]');
  if (!(list instanceof HTMLUListElement)) throw new Error(`The ${key} filter has no list of values.`);
  drawing = (async () => {
    const response = await fetch(list.dataset.values!);
    if (!response.ok) throw new Error(`The values of the ${key} filter could not be loaded (HTTP ${response.status}).`);
    const options = (await response.json()) as FilterOption[];
    renderFilterValues(list, key, options, form.id, formState.filters[key]);
    drawnFilters.add(key);
  })();
  drawingFilters.set(key, drawing);
  drawing.catch(() => drawingFilters.delete(key));
  return drawing;
}

/** Draws the values of these filters; one that fails stays empty, and the search goes on without it. */
async function drawValuesOf(groups: HTMLDetailsElement[]): Promise<void> {
  await Promise.all(groups.map((group) => drawValues(group).catch((error: unknown) => console.error(error))));
}

/** The filters on view: only these are drawn and counted, as counting one loads its index file. */
function openFilters(): HTMLDetailsElement[] {
  return filterGroups.filter((group) => group.open);
}

/** The search the form describes: what a submission would send, and the chosen values of undrawn filters. */
function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  for (const key of filterGroups.map(groupKey)) {
    if (!drawnFilters.has(key)) for (const value of formState.filters[key]) params.append(key, value);
  }
  return parseSearchState(params);
}

/** Shows a state in the form; a filter with a chosen value is opened, so that what narrows the search is seen. */
function fillForm(state: SearchState): void {
  formState = state;
  queryInput.value = state.query;
  for (const checkbox of checkboxes()) checkbox.checked = state.filters[checkbox.name as FilterKey]?.includes(checkbox.value) ?? false;
  for (const group of filterGroups) if (state.filters[groupKey(group)].length > 0) group.open = true;
}

/**
 * Counts the values of these filters. Values of one filter are alternatives, so each filter is counted on
 * the same search without it: the counts say how many releases ticking one more value would add.
 */
async function filterCounts(pagefind: Pagefind, state: SearchState, keys: FilterKey[]): Promise<Partial<Record<FilterKey, Record<string, number>>>> {
  const term = state.query === '' ? null : state.query;
  await Promise.all(keys.map((key) => loadFilter(pagefind, key)));
  const counted = await Promise.all(
    keys.map(async (key) => {
      const response = await pagefind.search(term, { filters: toPagefindFilters(state, key) });
      return [key, response?.filters[key] ?? {}] as const;
    }),
  );
  return Object.fromEntries(counted);
}

/** The releases a state finds: by relevance with words; newest first by filters alone. */
async function findReleases(pagefind: Pagefind, state: SearchState): Promise<ResultFeed> {
  if (isEmptySearchState(state)) return listFeed([]);
  const filters = toPagefindFilters(state);
  if (state.query !== '') return listFeed((await pagefind.search(state.query, { filters }))?.results ?? []);
  // The day filter's counts say which days hold the results.
  await loadFilter(pagefind, DAY_FILTER);
  const response = await pagefind.search(null, { filters });
  return newestFirstFeed(pagefind, filters, response?.filters[DAY_FILTER] ?? {});
}

let latestRun = 0;
/** The search on view, and the results of it not yet shown. */
let shownState = parseSearchState(location.search);
let feed: ResultFeed = listFeed([]);

function showMoreButton(): void {
  const remaining = feed.remaining();
  moreButton.hidden = remaining === 0;
  moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, remaining)} more of ${remaining} remaining`;
}

/** Shows the results of a search; a slower earlier search never overwrites a later one. */
async function show(state: SearchState): Promise<void> {
  const run = ++latestRun;
  shownState = state;
  renderChosenCounts(filterGroups, state);
  document.title = state.query === '' ? pageTitle : `${state.query} – ${pageTitle}`;
  resultsSection.setAttribute('aria-busy', 'true');
  try {
    const open = openFilters();
    const drawn = drawValuesOf(open);
    const pagefind = await loadPagefind(BASE);
    const [found, counts] = await Promise.all([findReleases(pagefind, state), filterCounts(pagefind, state, open.map(groupKey)), drawn]);
    const results = await Promise.all((await found.next(RESULTS_PER_PAGE)).map((result) => result.data()));
    if (run !== latestRun) return;
    renderResults(resultList, results);
    feed = found;
    showMoreButton();
    renderFilterCounts(checkboxes(), counts);
    noResults.hidden = found.total > 0 || isEmptySearchState(state);
    status.textContent = resultCountMessage(found.total, state);
  } catch (error) {
    if (run !== latestRun) return;
    console.error(error);
    renderResults(resultList, []);
    feed = listFeed([]);
    showMoreButton();
    renderFilterCounts(checkboxes(), {});
    noResults.hidden = false;
    status.textContent = 'The search could not be loaded. Please try again, or browse the archive with the links below.';
  } finally {
    if (run === latestRun) resultsSection.removeAttribute('aria-busy');
  }
}

/** Draws and counts a filter that has just been opened, for the search on view. */
async function countOpenedFilter(group: HTMLDetailsElement): Promise<void> {
  const run = latestRun;
  const key = groupKey(group);
  try {
    const drawn = drawValuesOf([group]);
    const pagefind = await loadPagefind(BASE);
    const [counts] = await Promise.all([filterCounts(pagefind, shownState, [key]), drawn]);
    if (run === latestRun) renderFilterCounts(checkboxes().filter((checkbox) => checkbox.name === key), counts);
  } catch (error) {
    // The counts stay empty; the search itself reports a failure to load.
    console.error(error);
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
  // One page at a time: a second click while this one loads would skip ahead.
  moreButton.disabled = true;
  const loaded = await Promise.all((await feed.next(RESULTS_PER_PAGE)).map((result) => result.data())).finally(() => (moreButton.disabled = false));
  if (run !== latestRun) return;
  // Keyboard and screen-reader users continue at the first new result, not at a button that may vanish.
  appendResults(resultList, loaded)?.focus();
  showMoreButton();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(readForm(), 'submit');
});
for (const group of filterGroups) {
  // The checkboxes sit outside the <form> element (joined to it by their `form` attribute), so listen on each filter.
  group.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') commit(readForm(), 'submit');
  });
  group.addEventListener('toggle', () => {
    if (group.open) void countOpenedFilter(group);
  });
  // A filter about to be opened (its name focused or pointed at) fetches its values, so that they are there
  // when it opens, for the Tab that follows Enter.
  for (const type of ['focusin', 'pointerenter'] as const) group.addEventListener(type, () => void drawValuesOf([group]));
}
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
