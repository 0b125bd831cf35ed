/**
 * Draws the search filters (src/components/SearchFilters.astro): each filter's values with what ticking them would
 * give, which filters are in use and the buttons that remove them. Text goes in with `textContent`.
 */
import type { ValueFacet } from '../lib/search-facets.ts';
import type { FilterOption } from '../lib/search-filters.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../lib/search-state.ts';

/**
 * Fills a filter's list with a checkbox per value (`<label><input> <span>label</span> <span class="count"></label>`),
 * ticked when `chosen` holds its value. The checkboxes sit outside the form element and belong to the form
 * `formId` through their `form` attribute.
 */
export function renderFilterValues(list: HTMLUListElement, key: FilterKey, options: FilterOption[], formId: string, chosen: readonly string[]): void {
  list.replaceChildren(
    ...options.map((option) => {
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.name = key;
      checkbox.value = option.value;
      checkbox.setAttribute('form', formId);
      checkbox.checked = chosen.includes(option.value);
      const name = document.createElement('span');
      name.textContent = option.label;
      const count = document.createElement('span');
      count.className = 'count';
      const label = document.createElement('label');
      label.append(checkbox, name, ' ', count);
      const item = document.createElement('li');
      item.append(label);
      return item;
    }),
  );
}

/**
 * Writes each checkbox's count (`(2)`) and whether it can be ticked: a value that would give no result is shown
 * as unavailable and cannot be ticked (a ticked one can always be unticked). Without facets (the filter is not
 * counted, or the search failed) counts are blank and every value can be ticked.
 */
export function renderFacets(checkboxes: Iterable<HTMLInputElement>, facets: Readonly<Record<string, ValueFacet>> | undefined): void {
  for (const checkbox of checkboxes) {
    const facet = facets?.[checkbox.value] ?? (facets ? { count: 0, available: false } : undefined);
    const output = checkbox.closest('label')?.querySelector('.count');
    if (output) output.textContent = facet ? `(${facet.count})` : '';
    const unavailable = facet !== undefined && !facet.available && !checkbox.checked;
    checkbox.disabled = unavailable;
    checkbox.closest('li')?.classList.toggle('none', unavailable);
  }
}

/** Says in each filter's summary how many of its values are chosen, so that a closed filter still shows it narrows. */
export function renderChosenCounts(groups: Iterable<HTMLDetailsElement>, state: SearchState): void {
  for (const group of groups) {
    const output = group.querySelector('summary .chosen-count');
    const chosen = state.filters[group.dataset.filter as FilterKey]?.length ?? 0;
    if (output) output.textContent = chosen === 0 ? '' : ` (${chosen} chosen)`;
  }
}

/** The legend and value labels of the filters, as far as they are known. */
export interface FilterLabels {
  legend(key: FilterKey): string;
  value(key: FilterKey, value: string): string;
}

/**
 * Lists the chosen filter values, each a button that removes it ("Agency: National Cybersecurity Agency (ANSSI)"),
 * and shows the block (with its "Clear all filters" button) only when a filter is set.
 */
export function renderChosenFilters(block: HTMLElement, list: HTMLUListElement, state: SearchState, labels: FilterLabels): void {
  const items = FILTER_KEYS.flatMap((key) =>
    state.filters[key].map((value) => {
      const text = `${labels.legend(key)}: ${labels.value(key, value)}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.filter = key;
      button.dataset.value = value;
      button.textContent = text;
      button.setAttribute('aria-label', `Remove the filter ${text}`);
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  list.replaceChildren(...items);
  block.hidden = items.length === 0;
}
