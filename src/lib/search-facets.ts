/**
 * What ticking a filter value would give. Values of one filter are alternatives (OR) and filters narrow each other
 * (AND), so a value's count is the number of results the search would have with that value ticked too:
 * - in a filter with nothing ticked, the current results that carry the value;
 * - in a filter with values ticked, the current results plus those the value adds: the results of the search
 *   without that filter that carry it, less those already counted.
 * A ticked value shows how many of the current results carry it. Pagefind gives, for each loaded filter, how many
 * results of a search carry each value; these functions turn such counts into what the page shows.
 * Runs in the browser (no DOM).
 */

/** Counts of results by value, as Pagefind gives them for one filter. */
export type ValueCounts = Readonly<Record<string, number>>;

export interface FilterCountsInput {
  /** The values ticked in this filter. */
  chosen: readonly string[];
  /** How many results the current search has. */
  total: number;
  /** For each value, how many of the current results carry it. */
  current: ValueCounts;
  /** For each value, how many results of the same search without this filter carry it; needed when `chosen` is not empty. */
  withoutFilter?: ValueCounts;
}

export interface ValueFacet {
  /** For a value not ticked, the results ticking it gives; for a ticked one, the current results that carry it. */
  count: number;
  /** False for a value not ticked that would give no result: it cannot be ticked. */
  available: boolean;
}

/** The count and availability of one value. */
export function valueFacet(value: string, input: FilterCountsInput): ValueFacet {
  const current = input.current[value] ?? 0;
  if (input.chosen.includes(value)) return { count: current, available: true };
  if (input.chosen.length === 0) return { count: current, available: current > 0 };
  if (!input.withoutFilter) throw new Error('Counting a filter with ticked values needs its counts without the filter.');
  const count = input.total + (input.withoutFilter[value] ?? 0) - current;
  return { count, available: count > 0 };
}

/**
 * True when ticking or unticking a value of the filter can change the results: it has a ticked value (unticking
 * changes them), or a value would give some results but not all of them, or more.
 */
export function filterCanChangeResults(values: readonly string[], input: FilterCountsInput): boolean {
  if (input.chosen.length > 0) return true;
  return values.some((value) => {
    const { count } = valueFacet(value, input);
    return count > 0 && count !== input.total;
  });
}

/** Counts of results by value for each key, from the filter values of every result (when all of them are known). */
export function countValues(resultFilters: ReadonlyArray<Readonly<Record<string, readonly string[] | undefined>>>, key: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const filters of resultFilters) for (const value of new Set(filters[key] ?? [])) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
