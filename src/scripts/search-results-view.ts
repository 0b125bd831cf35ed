/**
 * Draws search results and filter counts into the search page's markup (src/pages/search.astro).
 * Text goes in with `textContent`; the only elements made from Pagefind's output are the `<mark>`s of excerpts.
 */
import { excerptParts } from '../lib/search-excerpt.ts';
import type { FilterOption } from '../lib/search-filters.ts';
import type { FilterKey, SearchState } from '../lib/search-state.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** A result list item: the title as a headed link, the date and dialogue, the excerpt with matches marked. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);

  const facts = document.createElement('p');
  facts.className = 'result-facts';
  // The date is read from the release page, where an unknown one reads "date of issue not stated…" mid-line.
  const date = data.meta.date && data.meta.date.charAt(0).toUpperCase() + data.meta.date.slice(1);
  facts.textContent = [date, data.meta.dialogue].filter(Boolean).join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(heading, facts, excerpt);
  return item;
}

/** Replaces the list's items with these results, in order. */
export function renderResults(list: HTMLOListElement, results: PagefindResultData[]): void {
  list.replaceChildren(...results.map(resultItem));
}

/** Adds these results after the ones shown; returns the link of the first added, to move focus to. */
export function appendResults(list: HTMLOListElement, results: PagefindResultData[]): HTMLAnchorElement | undefined {
  const items = results.map(resultItem);
  list.append(...items);
  return items[0]?.querySelector('a') ?? undefined;
}

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
 * Writes each filter checkbox's count (`<span class="count">` in its label) from counts by key and value.
 * A filter missing from the counts (not counted: closed, or the search failed) shows none; a value missing
 * from its filter's counts has 0.
 */
export function renderFilterCounts(checkboxes: Iterable<HTMLInputElement>, counts: Partial<Record<FilterKey, Record<string, number>>>): void {
  for (const checkbox of checkboxes) {
    const output = checkbox.closest('label')?.querySelector('.count');
    if (!output) continue;
    const filterCounts = counts[checkbox.name as FilterKey];
    const count = filterCounts && (filterCounts[checkbox.value] ?? 0);
    output.textContent = count === undefined ? '' : `(${count})`;
    checkbox.closest('li')?.classList.toggle('none', count === 0);
  }
}

/** Says in each filter's summary how many of its values are chosen, so that a closed filter still shows it narrows. */
export function renderChosenCounts(groups: Iterable<HTMLDetailsElement>, state: SearchState): void {
  for (const group of groups) {
    const output = group.querySelector('summary .chosen');
    const chosen = state.filters[group.dataset.filter as FilterKey]?.length ?? 0;
    if (output) output.textContent = chosen === 0 ? '' : ` (${chosen} chosen)`;
  }
}
