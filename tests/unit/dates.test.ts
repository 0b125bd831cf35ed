import { describe, expect, it } from 'vitest';
import {
  dayRangeParts,
  formatDayRange,
  formatPartialDate,
  formatPartialDateShort,
  issuedNoEarlierThan,
  isValidIsoDate,
  partialDateEnd,
  releaseOrderDate,
  partialDateStart,
  partialDateTimes,
  partialDateYear,
} from '../../src/lib/dates.ts';

describe('isValidIsoDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isValidIsoDate('2018-02-09')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible days and other shapes', () => {
    for (const value of ['2018-02-30', '2023-02-29', '2018-13-01', '2018-00-10', '2018-2-9', 'February 9, 2018', '2018-02-09T00:00']) {
      expect(isValidIsoDate(value), value).toBe(false);
    }
  });
});

describe('formatPartialDate', () => {
  it('shows each precision as known', () => {
    expect(formatPartialDate({ precision: 'month', month: '2016-09' })).toBe('September 2016');
    expect(formatPartialDate({ precision: 'day', date: '2020-01-22' })).toBe('January 22, 2020');
    expect(formatPartialDate({ precision: 'day-range', start: '2018-02-07', end: '2018-02-08' })).toBe('February 7–8, 2018');
    expect(formatPartialDate({ precision: 'unknown' })).toBe('date not known');
  });

  it('spells out ranges across months and years', () => {
    expect(formatDayRange('2025-10-30', '2025-11-01')).toBe('October 30 – November 1, 2025');
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('December 30, 2025 – January 2, 2026');
  });
});

describe('formatPartialDateShort', () => {
  it('shows each precision as known, in few characters', () => {
    expect(formatPartialDateShort({ precision: 'month', month: '2016-09' })).toBe('Sep 2016');
    expect(formatPartialDateShort({ precision: 'day', date: '2020-01-22' })).toBe('Jan 22, 2020');
    expect(formatPartialDateShort({ precision: 'day-range', start: '2018-02-07', end: '2018-02-08' })).toBe('Feb 7–8, 2018');
    expect(formatPartialDateShort({ precision: 'day-range', start: '2025-10-30', end: '2025-11-01' })).toBe('Oct 30 – Nov 1, 2025');
    expect(formatPartialDateShort({ precision: 'unknown' })).toBe('date not known');
  });
});

describe('dayRangeParts', () => {
  it('cuts a range at its dash without changing the text', () => {
    expect(dayRangeParts('2018-02-07', '2018-02-08')).toEqual({ start: 'February 7', separator: '–', end: '8, 2018' });
    const parts = dayRangeParts('2025-10-30', '2025-11-01');
    expect(parts.start + parts.separator + parts.end).toBe('October 30 – November 1, 2025');
  });
});

describe('bounds of a partial date', () => {
  it('gives the first and last day it may stand for', () => {
    expect(partialDateStart({ precision: 'month', month: '2016-09' })).toBe('2016-09-01');
    expect(partialDateEnd({ precision: 'month', month: '2016-09' })).toBe('2016-09-30');
    expect(partialDateEnd({ precision: 'month', month: '2024-02' })).toBe('2024-02-29');
    expect(partialDateStart({ precision: 'day-range', start: '2024-03-11', end: '2024-03-12' })).toBe('2024-03-11');
    expect(partialDateEnd({ precision: 'day-range', start: '2024-03-11', end: '2024-03-12' })).toBe('2024-03-12');
    expect(partialDateStart({ precision: 'unknown' })).toBeUndefined();
    expect(partialDateEnd({ precision: 'unknown' })).toBeUndefined();
  });

  it('gives the year and the datetime values', () => {
    expect(partialDateYear({ precision: 'day', date: '2020-01-22' })).toBe(2020);
    expect(partialDateYear({ precision: 'unknown' })).toBeUndefined();
    expect(partialDateTimes({ precision: 'month', month: '2016-09' })).toEqual(['2016-09']);
    expect(partialDateTimes({ precision: 'day-range', start: '2018-02-07', end: '2018-02-08' })).toEqual(['2018-02-07', '2018-02-08']);
    expect(partialDateTimes({ precision: 'unknown' })).toEqual([]);
  });
});

describe('releaseOrderDate', () => {
  it('is the date of issue, else the last day of the dialogue, else undefined', () => {
    expect(releaseOrderDate('2018-02-09', { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' })).toBe('2018-02-09');
    expect(releaseOrderDate('unknown', { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' })).toBe('2024-03-12');
    expect(releaseOrderDate('unknown', { precision: 'unknown' })).toBeUndefined();
  });
});

describe('issuedNoEarlierThan', () => {
  it('bounds an unstated date of issue by the last day of the dialogue, or its month', () => {
    expect(issuedNoEarlierThan('unknown', { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' })).toEqual({ precision: 'day', date: '2024-03-12' });
    expect(issuedNoEarlierThan('unknown', { precision: 'day', date: '2020-01-22' })).toEqual({ precision: 'day', date: '2020-01-22' });
    expect(issuedNoEarlierThan('unknown', { precision: 'month', month: '2016-09' })).toEqual({ precision: 'month', month: '2016-09' });
  });

  it('gives nothing when the date of issue is stated or the dialogue is not dated', () => {
    expect(issuedNoEarlierThan('2024-03-15', { precision: 'day', date: '2024-03-12' })).toBeUndefined();
    expect(issuedNoEarlierThan('unknown', { precision: 'unknown' })).toBeUndefined();
  });
});
