import { describe, expect, it } from 'vitest';
import { daysNewestFirst, nextDays, quotingResultsFirst, releaseOrderDay, UNDATED_DAY } from '../../src/lib/search-order.ts';

const sixthDates = { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' } as const;

describe('releaseOrderDay', () => {
  it('is the date of issue, else the last day of the dialogue, else undated', () => {
    expect(releaseOrderDay('2018-02-09', sixthDates)).toBe('2018-02-09');
    expect(releaseOrderDay('unknown', sixthDates)).toBe('2024-03-12');
    expect(releaseOrderDay('unknown', { precision: 'month', month: '2016-09' })).toBe('2016-09-30');
    expect(releaseOrderDay('unknown', { precision: 'unknown' })).toBe(UNDATED_DAY);
  });
});

describe('daysNewestFirst', () => {
  it('lists the days with results, newest first, undated last', () => {
    expect(daysNewestFirst({ '2018-02-09': 1, undated: 2, '2024-03-12': 3, '2020-01-01': 0, '2019-12-31': 1 })).toEqual([
      '2024-03-12',
      '2019-12-31',
      '2018-02-09',
      UNDATED_DAY,
    ]);
  });

  it('is empty when nothing matches', () => {
    expect(daysNewestFirst({})).toEqual([]);
    expect(daysNewestFirst({ '2018-02-09': 0 })).toEqual([]);
  });
});

describe('nextDays', () => {
  const counts = { d4: 4, d3: 1, d2: 7, d1: 2 };
  const days = ['d4', 'd3', 'd2', 'd1'];

  it('takes whole days until they hold the results wanted', () => {
    expect(nextDays(days, counts, 0, 5)).toEqual({ days: ['d4', 'd3'], next: 2 });
    expect(nextDays(days, counts, 0, 6)).toEqual({ days: ['d4', 'd3', 'd2'], next: 3 });
  });

  it('goes on from where the last call stopped, and stops at the end', () => {
    expect(nextDays(days, counts, 2, 10)).toEqual({ days: ['d2', 'd1'], next: 4 });
    expect(nextDays(days, counts, 4, 10)).toEqual({ days: [], next: 4 });
  });

  it('takes at least one day, however many results it holds', () => {
    expect(nextDays(days, counts, 2, 1)).toEqual({ days: ['d2'], next: 3 });
    expect(nextDays(days, counts, 0, 0)).toEqual({ days: ['d4'], next: 1 });
  });

  it('every day is fetched once, in order, whatever the page size', () => {
    for (const wanted of [1, 2, 3, 5, 8, 20]) {
      const fetched: string[] = [];
      let start = 0;
      while (start < days.length) {
        const step = nextDays(days, counts, start, wanted);
        fetched.push(...step.days);
        start = step.next;
      }
      expect(fetched).toEqual(days);
    }
  });
});

describe('quotingResultsFirst', () => {
  it('puts the results that quote the phrase in their text first, each group in the order given', () => {
    const results = [
      { id: 'name-1', words: [] },
      { id: 'text-1', words: [4, 5] },
      { id: 'name-2', words: [] },
      { id: 'text-2', words: [9] },
    ];
    const { ordered, quoting } = quotingResultsFirst(results);
    expect(ordered.map((result) => result.id)).toEqual(['text-1', 'text-2', 'name-1', 'name-2']);
    expect(quoting).toBe(2);
    expect(quotingResultsFirst([])).toEqual({ ordered: [], quoting: 0 });
  });
});
