/**
 * The results of a search, handed out a page at a time: each result's data costs a request, so the page asks
 * for ten and offers the rest on demand. A search with words comes ranked by Pagefind; one by filters alone
 * comes newest first, a day at a time (see src/lib/search-order.ts).
 */
import { DAY_FILTER, daysNewestFirst, nextDays } from '../lib/search-order.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';

export interface ResultFeed {
  /** How many releases match. */
  total: number;
  /** How many are still to be handed out. */
  remaining(): number;
  /** The next `count` results, in order (fewer at the end). */
  next(count: number): Promise<PagefindResult[]>;
}

/** A feed of results already in order. */
export function listFeed(results: PagefindResult[]): ResultFeed {
  let rest = results;
  return {
    total: results.length,
    remaining: () => rest.length,
    async next(count) {
      const page = rest.slice(0, count);
      rest = rest.slice(count);
      return page;
    },
  };
}

/**
 * A feed of the results of `filters`, newest first, given how many of them fall on each day. Each call
 * searches only the days it needs; a day's results are in no particular order among themselves.
 */
export function newestFirstFeed(pagefind: Pagefind, filters: NonNullable<PagefindSearchOptions['filters']>, countsByDay: Record<string, number>): ResultFeed {
  const days = daysNewestFirst(countsByDay);
  const total = days.reduce((sum, day) => sum + countsByDay[day]!, 0);
  let start = 0;
  let handedOut = 0;
  const ready: PagefindResult[] = [];
  return {
    total,
    remaining: () => (start >= days.length && ready.length === 0 ? 0 : total - handedOut),
    async next(count) {
      while (ready.length < count && start < days.length) {
        const step = nextDays(days, countsByDay, start, count - ready.length);
        start = step.next;
        const found = await Promise.all(step.days.map((day) => pagefind.search(null, { filters: { ...filters, [DAY_FILTER]: { any: [day] } } })));
        for (const response of found) ready.push(...(response?.results ?? []));
      }
      const page = ready.splice(0, count);
      handedOut += page.length;
      return page;
    },
  };
}
