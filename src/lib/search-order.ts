/**
 * The order of a search by filters alone: newest first, as the release list is. Without words Pagefind has no
 * relevance to rank by, and a Pagefind sort would put one number per release into the meta file that every
 * search loads. Instead each release carries a hidden `day` filter, loaded only by searches without words:
 * its counts say which days have results, and the page fetches the results a day at a time, newest day first.
 * A quoted phrase has an order of its own too: the results that quote it first. Runs in the browser and at build time
 * alike (no DOM).
 */
import type { PartialDate } from '../schemas/dates.ts';
import type { Release } from '../schemas/release.ts';
import { releaseOrderDate } from './dates.ts';

/** The Pagefind filter key of the day a release is filed under. Not shown on the page, not in URLs. */
export const DAY_FILTER = 'day';
/** The day of a release whose date of issue and dialogue date are both unknown: listed after all dated ones. */
export const UNDATED_DAY = 'undated';

/** The day a release is filed under for the newest-first order: `releaseOrderDate`, as the release list uses, else `undated`. */
export function releaseOrderDay(issued: Release['issued'], dialogueDates: PartialDate): string {
  return releaseOrderDate(issued, dialogueDates) ?? UNDATED_DAY;
}

/** The days that have results (count above 0), newest first, `undated` last. */
export function daysNewestFirst(counts: Record<string, number>): string[] {
  const days = Object.keys(counts).filter((day) => (counts[day] ?? 0) > 0);
  const dated = days.filter((day) => day !== UNDATED_DAY).sort((a, b) => b.localeCompare(a));
  return days.includes(UNDATED_DAY) ? [...dated, UNDATED_DAY] : dated;
}

/**
 * The days to fetch next: from `days[start]`, whole days until they hold at least `wanted` results
 * (or the days run out). Returns them and where the next call starts.
 */
export function nextDays(days: string[], counts: Record<string, number>, start: number, wanted: number): { days: string[]; next: number } {
  const chosen: string[] = [];
  let held = 0;
  let next = start;
  while (next < days.length && (held < wanted || chosen.length === 0)) {
    const day = days[next]!;
    chosen.push(day);
    held += counts[day] ?? 0;
    next += 1;
  }
  return { days: chosen, next };
}

/**
 * The results of a quoted phrase in the order shown: those that quote it in their text first (Pagefind gives them
 * word positions), then those it found through a name, each group in Pagefind's order. Returns how many quote it.
 */
export function quotingResultsFirst<T extends { words: readonly number[] }>(results: readonly T[]): { ordered: T[]; quoting: number } {
  const quoting = results.filter((result) => result.words.length > 0);
  return { ordered: [...quoting, ...results.filter((result) => result.words.length === 0)], quoting: quoting.length };
}
