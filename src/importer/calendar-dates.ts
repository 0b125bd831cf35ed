/**
 * Dates as press releases write them ("February 9, 2018", "March 11-12, 2024", "February 7th and 8th",
 * "October 30 – November 1, 2025", "September of 2016"), read into ISO strings and partial dates.
 */
import { isValidIsoDate } from '../lib/dates.ts';
import type { PartialDate } from '../schemas/dates.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** A month name as a regular-expression source: full names and the usual abbreviations ("Sept."). */
export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*[-–—]\\s*';

/** 1–12 for a month name or abbreviation; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.indexOf(key);
  return index >= 0 ? index + 1 : MONTH_ABBREVIATIONS[key];
}

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : undefined;
}

const FULL_DATE = new RegExp(`^(${MONTH_PATTERN})\\s+${DAY},?\\s+(\\d{4})$`, 'i');

/** "February 9, 2018" (a whole line of a header) → "2018-02-09"; undefined when it is not one real date. */
export function parseFullDate(text: string): string | undefined {
  const match = FULL_DATE.exec(text.trim());
  if (!match) return undefined;
  return iso(Number(match[3]), monthNumber(match[1]!)!, Number(match[2]));
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

const CROSS_MONTH_RANGE = new RegExp(`(${MONTH_PATTERN})\\s+${DAY}(?:${DASH}|\\s+(?:to|through|and)\\s+)(${MONTH_PATTERN})\\s+${DAY}(?:,?\\s+(\\d{4}))?`, 'gi');
const SAME_MONTH_RANGE = new RegExp(`(${MONTH_PATTERN})\\s+${DAY}(?:${DASH}|\\s+(?:to|through|and)\\s+)${DAY}\\b(?:,?\\s+(\\d{4}))?`, 'gi');
const SINGLE_DAY = new RegExp(`(${MONTH_PATTERN})\\s+${DAY}\\b(?:,?\\s+(\\d{4}))?`, 'gi');
const MONTH_ONLY = new RegExp(`(${MONTH_PATTERN})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');

/** The error for dates that cannot be read; the importer turns it into a message for the person importing. */
export class DateReadingError extends Error {}

/**
 * The first dates at day precision in a text: a day, or a range of days (which may cross months).
 * A date without a year takes the year of `issued`; without `issued` it cannot be read and throws DateReadingError.
 * Returns undefined when the text gives no day.
 */
export function findMeetingDates(text: string, issued: string | undefined): DatesInText | undefined {
  const candidates: Array<{ index: number; end: number; read: () => DatesInText | undefined }> = [];
  const yearOf = (written: string | undefined, what: string): { year: number; fromIssue: boolean } => {
    if (written) return { year: Number(written), fromIssue: false };
    if (!issued) throw new DateReadingError(`the dates "${what}" have no year, and the release has no date of issue to take the year from`);
    return { year: Number(issued.slice(0, 4)), fromIssue: true };
  };
  for (const match of text.matchAll(CROSS_MONTH_RANGE)) {
    candidates.push({
      index: match.index,
      end: match.index + match[0].length,
      read: () => {
        const { year, fromIssue } = yearOf(match[5], match[0]);
        const startMonth = monthNumber(match[1]!)!;
        const endMonth = monthNumber(match[3]!)!;
        const start = iso(endMonth < startMonth ? year - 1 : year, startMonth, Number(match[2]));
        const end = iso(year, endMonth, Number(match[4]));
        if (!start || !end || start >= end) return undefined;
        return { dates: { precision: 'day-range', start, end }, written: match[0], index: match.index, yearFromIssue: fromIssue };
      },
    });
  }
  for (const match of text.matchAll(SAME_MONTH_RANGE)) {
    candidates.push({
      index: match.index,
      end: match.index + match[0].length,
      read: () => {
        const { year, fromIssue } = yearOf(match[4], match[0]);
        const month = monthNumber(match[1]!)!;
        const start = iso(year, month, Number(match[2]));
        const end = iso(year, month, Number(match[3]));
        if (!start || !end || start >= end) return undefined;
        return { dates: { precision: 'day-range', start, end }, written: match[0], index: match.index, yearFromIssue: fromIssue };
      },
    });
  }
  for (const match of text.matchAll(SINGLE_DAY)) {
    candidates.push({
      index: match.index,
      end: match.index + match[0].length,
      read: () => {
        const { year, fromIssue } = yearOf(match[3], match[0]);
        const date = iso(year, monthNumber(match[1]!)!, Number(match[2]));
        return date ? { dates: { precision: 'day', date }, written: match[0], index: match.index, yearFromIssue: fromIssue } : undefined;
      },
    });
  }
  // The earliest in the text wins; at the same place, the longest reading (a range over a single day).
  candidates.sort((a, b) => a.index - b.index || b.end - a.end);
  for (const candidate of candidates) {
    const found = candidate.read();
    if (found) return found;
  }
  return undefined;
}

/** "September of 2016", "September 2016" → { precision: 'month', month: '2016-09' }, with where it is written. */
export function findMonthDate(text: string): { dates: PartialDate; written: string; index: number } | undefined {
  for (const match of text.matchAll(MONTH_ONLY)) {
    const month = monthNumber(match[1]!)!;
    return { dates: { precision: 'month', month: `${match[2]}-${String(month).padStart(2, '0')}` }, written: match[0], index: match.index };
  }
  return undefined;
}
