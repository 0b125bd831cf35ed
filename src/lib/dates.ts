/**
 * Dates at the precision the sources give them, and how they read on a page.
 * Formatting goes through Intl.DateTimeFormat (in UTC, so a date never shifts by a time zone).
 */
import type { PartialDate } from '../schemas/dates.ts';
import type { Release } from '../schemas/release.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a day that exists (`2018-02-30` does not). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

// Pure: a script that imports this module but formats no date (the search page's) leaves them out.
const dayFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const shortDayFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const shortMonthFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });

// The pages format the same dates tens of thousands of times in a large archive (every list names its releases'
// dates; formatRange builds ICU's interval formatter anew on every call, 15 µs here): each text is formatted once.
const formatted = /* @__PURE__ */ new Map<string, string>();

function formatOnce(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}

/** "February 9, 2018"; memoised. */
export function formatIsoDate(isoDate: string): string {
  return formatOnce(isoDate, () => dayFormat.format(utc(isoDate)));
}

/** A range of days in `format`, with plain spaces, closed up within a month ("February 7–8, 2018"); memoised. */
function formatRangeOnce(format: Intl.DateTimeFormat, style: string, start: string, end: string): string {
  return formatOnce(`${style} ${start}/${end}`, () =>
    format
      .formatRange(utc(start), utc(end))
      .replace(/[\u2009\u202f]/g, ' ')
      .replace(/(\d) – (\d)/, '$1–$2'),
  );
}

/** "February 7–8, 2018"; "October 30 – November 1, 2025" (a range within a month is closed up). */
export function formatDayRange(start: string, end: string): string {
  return formatRangeOnce(dayFormat, 'long', start, end);
}

/**
 * A formatted day range cut at its dash, so that each end can carry its own `<time datetime>`:
 * "February 7–8, 2018" → { start: "February 7", separator: "–", end: "8, 2018" }.
 */
export function dayRangeParts(start: string, end: string): { start: string; separator: string; end: string } {
  const text = formatDayRange(start, end);
  const match = /^(.*?)(\s?–\s?)(.*)$/.exec(text);
  if (!match) return { start: text, separator: '', end: '' };
  return { start: match[1]!, separator: match[2]!, end: match[3]! };
}

/** The text of a partial date: "September 2016", "January 22, 2020", "February 7–8, 2018", "date not known". */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return formatIsoDate(date.date);
    case 'day-range':
      return formatDayRange(date.start, date.end);
    case 'month':
      return monthFormat.format(utc(`${date.month}-01`));
    case 'unknown':
      return 'date not known';
  }
}

/** A partial date in few characters, where room is short (a picture's labels): "Sep 2016", "Jan 22, 2020", "Feb 7–8, 2018". */
export function formatPartialDateShort(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return shortDayFormat.format(utc(date.date));
    case 'day-range':
      return formatRangeOnce(shortDayFormat, 'short', date.start, date.end);
    case 'month':
      return shortMonthFormat.format(utc(`${date.month}-01`));
    case 'unknown':
      return 'date not known';
  }
}

/** The first day a partial date may stand for, as `YYYY-MM-DD`; undefined when unknown. Used to order and compare. */
export function partialDateStart(date: PartialDate): string | undefined {
  switch (date.precision) {
    case 'day':
      return date.date;
    case 'day-range':
      return date.start;
    case 'month':
      return `${date.month}-01`;
    case 'unknown':
      return undefined;
  }
}

/** The last day a partial date may stand for, as `YYYY-MM-DD`; undefined when unknown. */
export function partialDateEnd(date: PartialDate): string | undefined {
  switch (date.precision) {
    case 'day':
      return date.date;
    case 'day-range':
      return date.end;
    case 'month': {
      const [year, month] = date.month.split('-').map(Number);
      const lastDay = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
      return `${date.month}-${String(lastDay).padStart(2, '0')}`;
    }
    case 'unknown':
      return undefined;
  }
}

/** The year of a partial date, or undefined when unknown. */
export function partialDateYear(date: PartialDate): number | undefined {
  const start = partialDateStart(date);
  return start === undefined ? undefined : Number(start.slice(0, 4));
}

/** The machine-readable values for `<time datetime>`: one for a day or month, two for a range. */
export function partialDateTimes(date: PartialDate): string[] {
  switch (date.precision) {
    case 'day':
      return [date.date];
    case 'day-range':
      return [date.start, date.end];
    case 'month':
      return [date.month];
    case 'unknown':
      return [];
  }
}

/**
 * The day a release is placed at in date order (the release list, searches by filters alone): its date of issue,
 * or else the last day of the dialogue it reports (the earliest it can have been issued). Undefined when neither
 * is known.
 */
export function releaseOrderDate(issued: Release['issued'], dialogueDates: PartialDate): string | undefined {
  return issued !== 'unknown' ? issued : partialDateEnd(dialogueDates);
}

/**
 * What a release's dialogue tells of its date of issue when the release does not state it: a release reporting a
 * dialogue as held was issued no earlier than the dialogue's last day (or, for a dialogue dated to a month only,
 * than that month). Undefined when the date of issue is stated, or the dialogue's date is not known. A bound
 * derived from the dialogue's dates, never a date of issue.
 */
export function issuedNoEarlierThan(issued: Release['issued'], dialogueDates: PartialDate): PartialDate | undefined {
  if (issued !== 'unknown') return undefined;
  switch (dialogueDates.precision) {
    case 'day':
      return dialogueDates;
    case 'day-range':
      return { precision: 'day', date: dialogueDates.end };
    case 'month':
      return dialogueDates;
    case 'unknown':
      return undefined;
  }
}
