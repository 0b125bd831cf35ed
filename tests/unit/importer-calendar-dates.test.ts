import { describe, expect, it } from 'vitest';
import { DateReadingError, findMeetingDates, findMonthDate, parseIssueDateLine } from '../../src/importer/calendar-dates.ts';

describe('parseIssueDateLine: a header line that is a date of issue', () => {
  it.each([
    ['February 9, 2018', '2018-02-09', ''],
    ['Feb. 9, 2018', '2018-02-09', ''],
    ['Sept. 4, 2019', '2019-09-04', ''],
    ['9 February 2018', '2018-02-09', ''],
    ['13 March 2024', '2024-03-13', ''],
    ['Friday, February 9, 2018', '2018-02-09', ''],
    ['2018-02-09', '2018-02-09', ''],
    ['Washington, DC, February 9, 2018', '2018-02-09', 'Washington, DC'],
    ['February 9, 2018 –', '2018-02-09', ''],
  ])('%s', (line, issued, before) => {
    expect(parseIssueDateLine(line)).toEqual({ issued, before });
  });

  it.each([
    ['a day that does not exist', 'February 30, 2018'],
    ['a range of days (meeting dates)', 'March 11-12, 2024'],
    ['a date without a year', 'February 9'],
    ['a month', 'September 2016'],
    ['a sentence with a date', 'On February 9, 2018, the United States and France met.'],
    ['a title', 'Sixth U.S.-France Cyber Dialogue'],
  ])('not %s', (_what, line) => {
    expect(parseIssueDateLine(line)).toBeUndefined();
  });
});

describe('findMeetingDates: the first day or range of days in a text', () => {
  it.each([
    ['On February 7th and 8th, the United States', '2018-02-09', { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' }, true],
    ['On March 11-12, 2024, the United States', undefined, { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' }, false],
    ['On March 11–12, 2024, with an en dash', undefined, { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' }, false],
    ['held January 13-14, 2022 virtually', undefined, { precision: 'day-range', start: '2022-01-13', end: '2022-01-14' }, false],
    ['On October 30 – November 1, 2025, they met', undefined, { precision: 'day-range', start: '2025-10-30', end: '2025-11-01' }, false],
    ['On December 30 – January 2, 2026, across the new year', undefined, { precision: 'day-range', start: '2025-12-30', end: '2026-01-02' }, false],
    ['On January 22, 2020, in Paris', undefined, { precision: 'day', date: '2020-01-22' }, false],
    ['On 11-12 March 2024, day first', undefined, { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' }, false],
    ['On December 20 and 21, a year before the note', '2019-01-05', { precision: 'day-range', start: '2018-12-20', end: '2018-12-21' }, true],
  ])('%s', (text, issued, dates, yearFromIssue) => {
    expect(findMeetingDates(text, issued)).toMatchObject({ dates, yearFromIssue });
  });

  it('says where the dates are written', () => {
    expect(findMeetingDates('On February 7th and 8th, they met', '2018-02-09')).toMatchObject({ written: 'February 7th and 8th', index: 3 });
  });

  it('cannot read dates without a year when there is no date of issue', () => {
    expect(() => findMeetingDates('On February 7th and 8th, they met', undefined)).toThrow(DateReadingError);
    expect(() => findMeetingDates('On February 7th and 8th, they met', undefined)).toThrow(/no year/);
  });

  it('gives nothing for a text without a day', () => {
    expect(findMeetingDates('They met in September of 2016 and again in 2018.', undefined)).toBeUndefined();
  });
});

describe('findMonthDate', () => {
  it('reads a month of a year', () => {
    expect(findMonthDate('held in Paris in September of 2016')).toMatchObject({ dates: { precision: 'month', month: '2016-09' }, written: 'September of 2016' });
    expect(findMonthDate('held in September 2016')?.dates).toEqual({ precision: 'month', month: '2016-09' });
  });

  it('does not take a day, or a word that is also a month, for one', () => {
    expect(findMonthDate('on March 11, 2024')).toBeUndefined();
    expect(findMonthDate('they may 2024 be')).toBeUndefined();
  });
});
