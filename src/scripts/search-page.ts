/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows each result as soon as it is loaded,
 * then the filters and their counts, and keeps the URL in step, so that a search can be bookmarked and shared, and
 * Back returns to the one before. Loaded only by src/pages/search.astro, whose markup it expects.
 */
import { matchExplanations } from '../lib/search-explanations.ts';
import { countValues, filterCanChangeResults, valueFacet, type ValueFacet } from '../lib/search-facets.ts';
import type { FilterOption } from '../lib/search-filters.ts';
import { resultCount, resultCountMessage } from '../lib/search-messages.ts';
import { DAY_FILTER, quotingResultsFirst } from '../lib/search-order.ts';
import {
  filtersInUse,
  isEmptySearchState,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  toPagefindFilters,
  withFilterValue,
  withoutFilters,
  type FilterKey,
  type SearchState,
} from '../lib/search-state.ts';
import { pagefindQuery, parseQuery, type ParsedQuery } from '../lib/search-terms.ts';
import { joinBase } from '../lib/urls.ts';
import { loadFilter, loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { listFeed, newestFirstFeed, type ResultFeed } from './result-feeds.ts';
import { renderChosenCounts, renderChosenFilters, renderFacets, renderFilterValues, type FilterLabels } from './search-filters-view.ts';
import { appendResult } from './search-results-view.ts';
import { yieldToBrowser } from './yield-to-browser.ts';

/** Typing searches once the typist pauses this long, so that each key press does not search. */
const TYPING_PAUSE_MS = 300;
/**
 * Results whose page data (title, excerpt) is fetched at a time: each costs a request, so a search that
 * matches hundreds of pages loads ten and offers the rest on demand.
 */
const RESULTS_PER_PAGE = 10;
const BASE = joinBase(import.meta.env.BASE_URL, '/');

function element<T extends Element>(selector: string, type: new () => T): T {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search page has no ${selector}.`);
  return found;
}

const form = element('#search-form', HTMLFormElement);
const queryInput = element('#search-query', HTMLInputElement);
const status = element('#search-status', HTMLElement);
const resultsSection = element('#search-results-section', HTMLElement);
const resultList = element('#search-results', HTMLOListElement);
const otherSection = element('#search-other-results', HTMLElement);
const otherHeading = element('#other-results-heading', HTMLElement);
const otherList = element('#search-other-list', HTMLOListElement);
const moreButton = element('#search-more', HTMLButtonElement);
const noResults = element('#search-no-results', HTMLElement);
const removals = element('#search-removals', HTMLElement);
const removalList = element('#search-removal-list', HTMLUListElement);
const filterBlock = element('#search-filter-groups', HTMLElement);
const chosenBlock = element('#search-chosen', HTMLElement);
const chosenList = element('#search-chosen-list', HTMLUListElement);
const clearButton = element('#search-clear-filters', HTMLButtonElement);
const filterGroups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
const pageTitle = document.title;

const groupKey = (group: HTMLDetailsElement) => group.dataset.filter as FilterKey;
/** The checkboxes of the filters whose values are drawn, or of one filter. */
const checkboxes = (key?: FilterKey) =>
  [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${form.id}"]`)].filter((box) => !key || box.name === key);

/** The search the form shows; for a filter whose values are not drawn yet, it holds the chosen ones. */
let formState = parseSearchState(location.search);
/** The filters whose values are drawn, their values, and the fetches under way. */
const drawnFilters = new Map<FilterKey, FilterOption[]>();
const drawingFilters = new Map<FilterKey, Promise<void>>();

const labels: FilterLabels = {
  legend: (key) => filterGroups.find((group) => groupKey(group) === key)?.querySelector('legend')?.textContent?.trim() ?? key,
  value: (key, value) => drawnFilters.get(key)?.find((option) => option.value === value)?.label ?? value,
};

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
    drawnFilters.set(key, options);
  })();
  drawingFilters.set(key, drawing);
  drawing.catch(() => drawingFilters.delete(key));
  return drawing;
}

/** Draws the values of these filters; one that fails stays empty, and the search goes on without it. */
async function drawValuesOf(groups: HTMLDetailsElement[]): Promise<void> {
  await Promise.all(groups.map((group) => drawValues(group).catch((error: unknown) => console.error(error))));
}

/** The filters on view: only these are counted, as counting one loads its index file. */
function openFilters(): HTMLDetailsElement[] {
  return filterGroups.filter((group) => group.open && !group.hidden);
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

/** The term Pagefind searches for: the query (a quoted phrase exactly), or `null` to search by filters alone. */
const termOf = (query: ParsedQuery) => (query.text === '' ? null : pagefindQuery(query));

/** The results of a search, in the order shown: by relevance; a quoted phrase's quoting results first; newest first by filters alone. */
async function findResults(pagefind: Pagefind, state: SearchState, query: ParsedQuery): Promise<{ feed: ResultFeed; quoting?: number }> {
  if (isEmptySearchState(state)) return { feed: listFeed([]) };
  const filters = toPagefindFilters(state);
  const term = termOf(query);
  if (term !== null) {
    const results = (await pagefind.search(term, { filters }))?.results ?? [];
    if (!query.phrase) return { feed: listFeed(results) };
    // Pagefind finds a phrase in a page's text (word positions) or else in its names: those come after.
    const { ordered, quoting } = quotingResultsFirst(results);
    return { feed: listFeed(ordered), quoting };
  }
  // The day filter's counts say which days hold the results.
  await loadFilter(pagefind, DAY_FILTER);
  const response = await pagefind.search(null, { filters });
  return { feed: newestFirstFeed(pagefind, filters, response?.filters[DAY_FILTER] ?? {}) };
}

let latestRun = 0;
/**
 * True until a search's results are shown: a filter opened meanwhile (as a filter in use opens by itself) is drawn and
 * counted by the search once its results are on the page, not before them.
 */
let resultsPending = false;
/** The search on view, the words read, the results of it not yet shown, and the data of those shown. */
let shownState = parseSearchState(location.search);
let shownQuery = parseQuery(shownState.query);
let feed: ResultFeed = listFeed([]);
let shownData: PagefindResultData[] = [];

function showMoreButton(): void {
  const remaining = feed.remaining();
  moreButton.hidden = remaining === 0;
  moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, remaining)} more of ${remaining} remaining`;
}

function clearResults(query: ParsedQuery): void {
  resultList.replaceChildren();
  otherList.replaceChildren();
  otherSection.hidden = true;
  otherHeading.textContent = `Found through other names, not quoting “${query.text}”`;
  shownData = [];
}

/** Puts a day's releases before its other pages, for a search by filters alone (which has no relevance to rank by). */
function releasesFirstByDay(loaded: { result: PagefindResult; data: PagefindResultData }[]): typeof loaded {
  const dayOrder = new Map<string, number>();
  for (const { data } of loaded) {
    const day = data.filters[DAY_FILTER]?.[0] ?? '';
    if (!dayOrder.has(day)) dayOrder.set(day, dayOrder.size);
  }
  const rank = ({ data }: (typeof loaded)[number]) => [dayOrder.get(data.filters[DAY_FILTER]?.[0] ?? '')!, data.filters.kind?.[0] === 'release' ? 0 : 1];
  return [...loaded].sort((a, b) => rank(a)[0]! - rank(b)[0]! || rank(a)[1]! - rank(b)[1]!);
}

/**
 * Shows the next page of results, each as soon as it and those before it are loaded; `replace` clears the
 * previous search's results when the first new one is ready. Returns the first new result's link.
 */
async function showNextPage(run: number, query: ParsedQuery, replace: boolean): Promise<HTMLAnchorElement | undefined> {
  const results = await feed.next(RESULTS_PER_PAGE);
  const loading = results.map((result) => result.data());
  let first: HTMLAnchorElement | undefined;
  const show = (result: PagefindResult, data: PagefindResultData) => {
    if (replace && first === undefined) clearResults(query);
    const apart = query.phrase && result.words.length === 0;
    const reasons = matchExplanations({ meta: data.meta, matchedFields: result.matchedMetaFields ?? [], text: data.content, textMatched: result.words.length > 0, query });
    const quotes = query.phrase && !apart ? query.text : undefined;
    if (apart) otherSection.hidden = false;
    const link = appendResult(apart ? otherList : resultList, { data, reasons, quotes }, apart ? 4 : 3);
    shownData.push(data);
    first ??= link;
  };
  if (query.text === '') {
    // By filters alone: a page's order is known once all of it is loaded.
    const loaded = await Promise.all(results.map(async (result, i) => ({ result, data: await loading[i]! })));
    if (run !== latestRun) return undefined;
    for (const { result, data } of releasesFirstByDay(loaded)) show(result, data);
  } else {
    for (const [i, result] of results.entries()) {
      const data = await loading[i]!;
      // Each result is drawn in a task of its own: ten in a row would block the page.
      await yieldToBrowser();
      if (run !== latestRun) return undefined;
      show(result, data);
    }
  }
  if (replace && first === undefined) clearResults(query);
  return first;
}

/**
 * Shows the filters once the results are known, leaving out those that cannot change them: when every result's
 * values are known (all of them are shown), a filter none of whose values holds some results but not all is hidden.
 * A filter in use always shows, so that its values can be unticked.
 */
function showFilters(state: SearchState, total: number): void {
  const allKnown = shownData.length >= total;
  for (const group of filterGroups) {
    const key = groupKey(group);
    const inUse = state.filters[key].length > 0;
    let useful = true;
    if (!inUse && !isEmptySearchState(state) && allKnown) {
      const counts = countValues(shownData.map((data) => data.filters), key);
      useful = filterCanChangeResults(Object.keys(counts), { chosen: [], total, current: counts });
    }
    group.hidden = !useful;
  }
  filterBlock.hidden = false;
}

/** What ticking each value of these filters would give (src/lib/search-facets.ts), for the search on view. */
async function filterFacets(pagefind: Pagefind, state: SearchState, query: ParsedQuery, keys: FilterKey[]): Promise<Map<FilterKey, Record<string, ValueFacet>>> {
  await Promise.all(keys.map((key) => loadFilter(pagefind, key)));
  const term = termOf(query);
  // A search counts every loaded filter; the same search without a filter in use counts what its other values add.
  const current = await pagefind.search(term, { filters: toPagefindFilters(state) });
  const total = current?.results.length ?? 0;
  const facets = new Map<FilterKey, Record<string, ValueFacet>>();
  for (const key of keys) {
    const chosen = state.filters[key];
    const withoutFilter = chosen.length > 0 ? (await pagefind.search(term, { filters: toPagefindFilters(state, key) }))?.filters[key] : undefined;
    const input = { chosen, total, current: current?.filters[key] ?? {}, withoutFilter: withoutFilter ?? {} };
    const values = drawnFilters.get(key) ?? [];
    facets.set(key, Object.fromEntries(values.map(({ value }) => [value, valueFacet(value, input)])));
  }
  return facets;
}

/** Counts these filters for the search on view and writes the counts, unless a newer search has started. */
async function countFilters(pagefind: Pagefind, run: number, keys: FilterKey[]): Promise<void> {
  if (keys.length === 0) return;
  const facets = await filterFacets(pagefind, shownState, shownQuery, keys);
  if (run !== latestRun) return;
  for (const key of keys) renderFacets(checkboxes(key), facets.get(key));
}

/** With no result, offers to remove each filter value in use, saying how many results each removal gives. */
async function suggestRemovals(pagefind: Pagefind, run: number, state: SearchState, query: ParsedQuery): Promise<void> {
  const term = termOf(query);
  const options = await Promise.all(
    filtersInUse(state).flatMap((key) =>
      state.filters[key].map(async (value) => {
        const reduced = withFilterValue(state, key, value, false);
        const count = isEmptySearchState(reduced) ? 0 : ((await pagefind.search(term, { filters: toPagefindFilters(reduced) }))?.results.length ?? 0);
        return { key, value, count };
      }),
    ),
  );
  if (run !== latestRun) return;
  removalList.replaceChildren(
    ...options.map(({ key, value, count }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.filter = key;
      button.dataset.value = value;
      button.textContent = `Remove ${labels.legend(key)}: ${labels.value(key, value)} (${count === 0 ? 'still no result' : resultCount(count)})`;
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  removals.hidden = options.length === 0;
}

/** The address a printed page says it comes from: the search's own, with its words and filters. */
function updatePrintedAddress(): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const printed = document.querySelector('.print-url');
  if (canonical && printed) printed.textContent = `Printed from ${new URL(location.search, canonical).href}`;
}

/** Shows the results of a search; a slower earlier search never overwrites a later one. */
async function show(state: SearchState): Promise<void> {
  const run = ++latestRun;
  const query = parseQuery(state.query);
  shownState = state;
  shownQuery = query;
  renderChosenCounts(filterGroups, state);
  // The filters in use are listed by their labels: at once if they are known, else once they are loaded.
  if (filtersInUse(state).every((key) => drawnFilters.has(key))) renderChosenFilters(chosenBlock, chosenList, state, labels);
  document.title = query.text === '' ? pageTitle : `${query.text} – ${pageTitle}`;
  updatePrintedAddress();
  resultsSection.setAttribute('aria-busy', 'true');
  resultsPending = true;
  try {
    const pagefind = await loadPagefind(BASE);
    const found = await findResults(pagefind, state, query);
    await yieldToBrowser();
    if (run !== latestRun) return;
    feed = found.feed;
    // The filters' values are fetched and drawn while the results' data loads, not before: nothing delays the results.
    const toDraw = filterGroups.filter((group) => group.open || state.filters[groupKey(group)].length > 0);
    const drawn = drawValuesOf(toDraw);
    await showNextPage(run, query, true);
    if (run !== latestRun) return;
    resultsPending = false;
    status.textContent = resultCountMessage(feed.total, state, found.quoting);
    showMoreButton();
    noResults.hidden = feed.total > 0 || isEmptySearchState(state);
    removals.hidden = true;
    // Then what follows the results: the filters, their counts, and what to remove when nothing is found.
    // With the filters opened while the results loaded.
    await Promise.all([drawn, drawValuesOf(openFilters().filter((group) => !toDraw.includes(group))), yieldToBrowser()]);
    if (run !== latestRun) return;
    showFilters(state, feed.total);
    renderChosenFilters(chosenBlock, chosenList, state, labels);
    if (feed.total === 0 && filtersInUse(state).length > 0) void suggestRemovals(pagefind, run, state, query);
    await countFilters(pagefind, run, openFilters().map(groupKey));
  } catch (error) {
    if (run !== latestRun) return;
    console.error(error);
    clearResults(query);
    feed = listFeed([]);
    showMoreButton();
    renderFacets(checkboxes(), undefined);
    filterBlock.hidden = false;
    noResults.hidden = false;
    status.textContent = 'The search could not be loaded. Please try again, or browse the archive with the links below.';
  } finally {
    if (run === latestRun) {
      resultsPending = false;
      resultsSection.removeAttribute('aria-busy');
    }
  }
}

/** Draws and counts a filter that has just been opened, for the search on view. */
async function countOpenedFilter(group: HTMLDetailsElement): Promise<void> {
  const run = latestRun;
  try {
    const [pagefind] = await Promise.all([loadPagefind(BASE), drawValuesOf([group])]);
    await countFilters(pagefind, run, [groupKey(group)]);
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

/** Makes a search from a button (remove a filter, clear them all): the form shows it too. */
function commitFromButton(state: SearchState): void {
  fillForm(state);
  commit(state, 'submit');
}

moreButton.addEventListener('click', async () => {
  const run = latestRun;
  // One page at a time: a second click while this one loads would skip ahead.
  moreButton.disabled = true;
  const first = await showNextPage(run, shownQuery, false).finally(() => (moreButton.disabled = false));
  if (run !== latestRun) return;
  // Keyboard and screen-reader users continue at the first new result, not at a button that may vanish.
  first?.focus();
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
    if (group.open && !resultsPending) void countOpenedFilter(group);
  });
  // A filter about to be opened (its name focused or pointed at) fetches its values, so that they are there
  // when it opens, for the Tab that follows Enter.
  for (const type of ['focusin', 'pointerenter'] as const) group.addEventListener(type, () => void drawValuesOf([group]));
}
for (const list of [chosenList, removalList]) {
  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button?.dataset.filter) commitFromButton(withFilterValue(shownState, button.dataset.filter as FilterKey, button.dataset.value!, false));
  });
}
clearButton.addEventListener('click', () => commitFromButton(withoutFilters(shownState)));
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

// The search in the URL starts in a task of its own, not in the one that runs this module and ends the page's parsing.
void yieldToBrowser().then(() => {
  const initial = parseSearchState(location.search);
  fillForm(initial);
  void show(initial);
});
