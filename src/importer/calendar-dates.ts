/**
 * Dates as press releases write them, read by chrono (a well-kept natural-language date parser): the date of
 * issue on a header line ("February 9, 2018", "Feb. 9, 2018", "9 February 2018", "Friday, February 9, 2018",
 * "2018-02-09"), the meeting's days in the text ("March 11-12, 2024", "February 7th and 8th", "October 30 –
 * November 1, 2025") and an earlier meeting's month ("September of 2016"). Read into ISO strings and partial dates.
 */
import * as chrono from 'chrono-node';
import { isValidIsoDate } from '../lib/dates.ts';
import type { PartialDate } from '../schemas/dates.ts';

type ParsedComponents = chrono.ParsedResult['start'];

// chrono reads "March 11-12" but not "March 11–12": dashes between days become hyphens (same length, same offsets).
const DASHES = /[–—]/g;
// "February 7th and 8th", "February 7 and 8, 2018": a second day that chrono leaves out of its reading.
const AND_DAY = /^\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/;

const dayParser = chrono.strict.clone();
dayParser.refiners.push({
  refine(context, results) {
    for (const result of results) {
      const second = result.end ? undefined : AND_DAY.exec(context.text.slice(result.index + result.text.length));
      if (!second) continue;
      result.end = result.start.clone();
      result.end.assign('day', Number(second[1]));
      if (second[2]) for (const part of [result.start, result.end]) part.assign('year', Number(second[2]));
      result.text += second[0];
    }
    return results;
  },
});

/** `YYYY-MM-DD` for a day chrono read (in another year, when given), if that day exists. */
function isoDay(components: ParsedComponents, year = components.get('year')!): string | undefined {
  const value = [year, components.get('month')!, components.get('day')!].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  return isValidIsoDate(value) ? value : undefined;
}

function readDays(text: string, issued: string | undefined): chrono.ParsedResult[] {
  const reference = issued ? { instant: new Date(`${issued}T12:00:00Z`), timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  return dayParser.parse(text.replace(DASHES, '-'), reference).filter((result) => result.start.isCertain('month') && result.start.isCertain('day'));
}

/** A header line that is a date of issue, with what stands before it (a dateline: "Washington, DC,"). */
export interface IssueDateLine {
  /** `YYYY-MM-DD`. */
  issued: string;
  /** The words before the date, without the comma between ("Washington, DC"); empty when the line is only a date. */
  before: string;
}

/**
 * Reads a header line that is a full date (day, month and year), possibly after its weekday or a dateline;
 * undefined for any other line, a range of days, or a day that does not exist.
 */
export function parseIssueDateLine(line: string): IssueDateLine | undefined {
  const results = readDays(line, undefined);
  if (results.length !== 1) return undefined;
  const [result] = results as [chrono.ParsedResult];
  if (result.end || !result.start.isCertain('year')) return undefined;
  const after = line.slice(result.index + result.text.length);
  const before = line.slice(0, result.index).replace(/[\s,]+$/, '');
  if (!/^[\s.,:;–—-]*$/.test(after)) return undefined;
  // What precedes a date of issue on its line is at most a place: a few capitalised words.
  if (before !== '' && !/^[A-Z][\p{L}.'’ -]*(?:, [A-Z][\p{L}.'’ -]*)?$/u.test(before)) return undefined;
  const issued = isoDay(result.start);
  return issued ? { issued, before } : undefined;
}

/** Where in a text a meeting's dates are written, and what they are. */
export interface DatesInText {
  dates: PartialDate;
  /** The words as written ("February 7th and 8th"). */
  written: string;
  index: number;
  /** True when the text gives no year, and the year was taken from the date of issue. */
  yearFromIssue: boolean;
}

/** The error for dates that cannot be read; the importer turns it into a message for the person importing. */
export class DateReadingError extends Error {}

/**
 * The first dates at day precision in a text: a day, or a range of days (which may cross months or years).
 * A date without a year takes the year that puts it nearest the date of issue; without `issued` it cannot be read
 * and throws DateReadingError. Returns undefined when the text gives no day.
 */
export function findMeetingDates(text: string, issued: string | undefined): DatesInText | undefined {
  for (const result of readDays(text, issued)) {
    const yearFromIssue = !result.start.isCertain('year') && !result.end?.isCertain('year');
    if (yearFromIssue && !issued) throw new DateReadingError(`the dates "${text.slice(result.index, result.index + result.text.length)}" have no year, and the release has no date of issue to take the year from`);
    // A range whose year is written once, at its end ("October 30 – November 1, 2025"), has that year at its start
    // too, or the year before for a range across the new year.
    let startYear = result.start.get('year')!;
    if (!result.start.isCertain('year') && result.end?.isCertain('year')) {
      startYear = result.end.get('year')! - (result.start.get('month')! > result.end.get('month')! ? 1 : 0);
    }
    const start = isoDay(result.start, startYear);
    const end = result.end ? isoDay(result.end) : undefined;
    if (!start || (result.end && (!end || end <= start))) continue;
    const written = text.slice(result.index, result.index + result.text.length);
    const dates: PartialDate = end ? { precision: 'day-range', start, end } : { precision: 'day', date: start };
    return { dates, written, index: result.index, yearFromIssue };
  }
  return undefined;
}

/** "September of 2016", "September 2016" → { precision: 'month', month: '2016-09' }, with where it is written. */
export function findMonthDate(text: string): { dates: PartialDate; written: string; index: number } | undefined {
  for (const result of chrono.en.casual.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || start.isCertain('day') || result.end) continue;
    const year = start.get('year')!;
    // chrono's casual reading also takes "May 2024 be…" for a time; a month of a year is written with four digits.
    if (!new RegExp(`\\b${year}\\b`).test(result.text)) continue;
    return { dates: { precision: 'month', month: `${year}-${String(start.get('month')).padStart(2, '0')}` }, written: result.text, index: result.index };
  }
  return undefined;
}
