/**
 * The results of a search, handed out a page at a time: each result's data costs a request, so the page asks
 * for ten and offers the rest on demand. A search with words comes ranked by Pagefind; one by filters alone
 * comes newest first, whole days at a time (see src/lib/search-order.ts).
 */
import { DAY_FILTER, daysNewestFirst, nextDays } from '../lib/search-order.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';

export interface ResultFeed {
  /** How many results match. */
  total: number;
  /** How many are still to be handed out. */
  remaining(): number;
  /** The next results, in order: `count` (fewer at the end; a feed by days may give a few more, to end a day). */
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
 * searches only the days it needs and hands out whole days, so that the page can put a day's releases first.
 */
export function newestFirstFeed(pagefind: Pagefind, filters: NonNullable<PagefindSearchOptions['filters']>, countsByDay: Record<string, number>): ResultFeed {
  const days = daysNewestFirst(countsByDay);
  const total = days.reduce((sum, day) => sum + countsByDay[day]!, 0);
  let start = 0;
  let handedOut = 0;
  return {
    total,
    remaining: () => (start >= days.length ? 0 : total - handedOut),
    async next(count) {
      if (start >= days.length) return [];
      const step = nextDays(days, countsByDay, start, count);
      start = step.next;
      const found = await Promise.all(step.days.map((day) => pagefind.search(null, { filters: { ...filters, [DAY_FILTER]: { any: [day] } } })));
      const page = found.flatMap((response) => response?.results ?? []);
      handedOut += page.length;
      return page;
    },
  };
}
