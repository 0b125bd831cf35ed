/**
 * The header of a press release and its paragraphs. The header lines (title, document type, issuing office,
 * dateline, date of issue) may come in any order and any may be missing; they may even be run together on the
 * first line of the text ("Media Note Sixth … Dialogue Office of the Spokesperson March 13, 2024 On March 11…").
 * The title is never also left as the first paragraph, and the "Begin text:"/"End text" markers of a statement
 * are kept out of the paragraphs.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import { parseIssueDateLine } from './calendar-dates.ts';
import { stage, type Stage } from './stage.ts';

export interface ReleaseHeader {
  title?: string;
  documentType?: DocumentType;
  office?: string;
  dateline?: string;
  /** `YYYY-MM-DD`. */
  issued?: string;
  /** Short lines above the text that are none of the above; they are kept at the start of the body. */
  unrecognised: string[];
}

export interface SplitRelease {
  header: ReleaseHeader;
  /** The paragraphs of the text as issued, each on one line. */
  paragraphs: string[];
  /** The "Begin text:"/"End text" markers left out of the paragraphs, as written. */
  markers: string[];
}

/** Titles known before the header is read: the one a saved page marks as such, and the one given by the person importing. */
export interface KnownTitles {
  marked?: string | undefined;
  given?: string | undefined;
}

const DOCUMENT_TYPE_BY_LABEL = new Map(Object.entries(DOCUMENT_TYPES).map(([id, label]) => [label.toLowerCase(), id as DocumentType]));
const DOCUMENT_TYPE_AT_START = new RegExp(`^(?:${Object.values(DOCUMENT_TYPES).map((label) => `${label}|${label.toUpperCase()}`).join('|')})(?=\\s|$)`);
const OFFICE = /^(?:The )?(?:Office|Bureau) of\b/;
// An office run into the next header item: "Office of the Spokesperson" and its capitalised words (and "of", "the"…).
const OFFICE_WORDS = /^(?:The )?(?:Office|Bureau) of(?: (?:[A-Z][\p{L}.'’&-]*|of|the|for|and|on|in))+/u;
// A dateline is a short place name: "Washington, DC", "Paris, France", "Washington".
const DATELINE = /^(?:[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*)?, [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*)?|Washington|Paris|New York)$/u;
const SENTENCE_END = /[.!?;:"”)]$/;
const BEGIN_MARKER = /^(?:Begin|Start) (?:of )?Text\s*[:.-]?\s*/i;
const END_MARKER = /\s*\bEnd (?:of )?Text\s*[.:]?$/i;

/** Case, spacing and punctuation do not make two titles different. */
function sameTitle(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

/** A line of running text rather than a header line: long, or a sentence. */
function isTextLine(line: string): boolean {
  const words = line.split(' ').length;
  // A title is in title case; a line of eight words or more ending on a lower-case word is running text cut by a line end.
  return line.length > 160 || (words >= 8 && (/[.!?]["”]?$/.test(line) || /\s[a-z][\p{L}]*,?$/u.test(line)));
}

type HeaderToken =
  | { kind: 'title'; text: string }
  | { kind: 'documentType'; text: string; value: DocumentType }
  | { kind: 'office'; text: string }
  | { kind: 'dateline'; text: string }
  | { kind: 'issued'; text: string; value: string; dateline?: string };

/** The header item a whole line is, if any (a title only by the known titles). */
function headerLine(line: string, titles: KnownTitles): HeaderToken | undefined {
  if ([titles.marked, titles.given].some((title) => title && sameTitle(title, line))) return { kind: 'title', text: line };
  const documentType = DOCUMENT_TYPE_BY_LABEL.get(line.replace(/[:.]$/, '').toLowerCase());
  if (documentType) return { kind: 'documentType', text: line, value: documentType };
  const date = parseIssueDateLine(line);
  if (date) return { kind: 'issued', text: line, value: date.issued, ...(date.before ? { dateline: date.before } : {}) };
  if (OFFICE.test(line)) return { kind: 'office', text: line };
  if (DATELINE.test(line)) return { kind: 'dateline', text: line };
  return undefined;
}

/**
 * A date of issue at the start of a text, run into what follows: "March 13, 2024 On March…", "2018-02-09 The…".
 * It is followed by a capital or nothing; a date followed by ", the …" starts a sentence of the text.
 */
function issueDateAtStart(text: string): { text: string; issued: string } | undefined {
  const words = text.split(' ');
  for (let n = Math.min(5, words.length); n >= 1; n -= 1) {
    const candidate = words.slice(0, n).join(' ');
    const read = parseIssueDateLine(candidate);
    if (read && !read.before && /^(?:\s+[A-Z“"]|$)/.test(text.slice(candidate.length))) return { text: candidate, issued: read.issued };
  }
  return undefined;
}

/** The header item that `text` starts with, when header items are run together on one line. */
function headerItemAtStart(text: string, titles: KnownTitles): HeaderToken | undefined {
  for (const title of [titles.marked, titles.given]) {
    if (title && text.startsWith(title) && /^(?:\s|$)/.test(text.slice(title.length))) return { kind: 'title', text: title };
  }
  const type = DOCUMENT_TYPE_AT_START.exec(text);
  if (type) return { kind: 'documentType', text: type[0], value: DOCUMENT_TYPE_BY_LABEL.get(type[0].toLowerCase())! };
  const date = issueDateAtStart(text);
  if (date) return { kind: 'issued', text: date.text, value: date.issued };
  const office = OFFICE_WORDS.exec(text);
  if (office) {
    // The office ends where the next header item starts ("… Spokesperson March 13, 2024").
    const words = office[0].split(' ');
    for (let n = 2; n < words.length; n += 1) {
      const next = text.slice(words.slice(0, n).join(' ').length).trimStart();
      if (DOCUMENT_TYPE_AT_START.test(next) || issueDateAtStart(next)) return { kind: 'office', text: words.slice(0, n).join(' ') };
    }
    return { kind: 'office', text: office[0] };
  }
  return undefined;
}

/**
 * Header items run together at the start of a line of text, and the text after them. A title is taken only
 * between other header items (it has no mark of its own); a line that starts with no header item is all text.
 */
function peelHeaderItems(line: string, titles: KnownTitles): { items: HeaderToken[]; rest: string } {
  const items: HeaderToken[] = [];
  let rest = line;
  for (;;) {
    const item = headerItemAtStart(rest, titles);
    if (item) {
      items.push(item);
      rest = rest.slice(item.text.length).trimStart();
      continue;
    }
    if (items.length === 0 || items.some((each) => each.kind === 'title')) break;
    // A title: the words up to the next header item, if one comes within a title's length.
    const words = rest.split(' ');
    let title: string | undefined;
    for (let n = 1; n < Math.min(words.length, 25) && !title; n += 1) {
      const candidate = words.slice(0, n).join(' ');
      if (/[.!?]$/.test(candidate)) break;
      const next = headerItemAtStart(words.slice(n).join(' '), titles);
      if (next && next.kind !== 'title') title = candidate;
    }
    if (!title) break;
    items.push({ kind: 'title', text: title });
    rest = rest.slice(title.length).trimStart();
  }
  return { items, rest };
}

/** Adds a header item to the header (its kind is the field it fills), unless that field is filled; returns false then. */
function fill(header: ReleaseHeader, item: HeaderToken): boolean {
  if (header[item.kind] !== undefined) return false;
  (header as Record<HeaderToken['kind'], string>)[item.kind] = 'value' in item ? item.value : item.text;
  if (item.kind === 'issued' && item.dateline && !header.dateline) header.dateline = item.dateline;
  return true;
}

/** Paragraphs from lines: blank lines separate them; so does a line end after a full stop; a line broken inside a sentence is joined. */
function paragraphsOf(lines: ReadonlyArray<string>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
    } else if (current && !SENTENCE_END.test(current)) {
      current = `${current} ${line}`;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The lines without the "Begin text:"/"End text" markers around a statement, and the markers as written. */
function withoutMarkers(lines: ReadonlyArray<string>): { lines: string[]; markers: string[] } {
  const markers: string[] = [];
  const kept = lines.map((line) => {
    let text = line;
    const begin = BEGIN_MARKER.exec(text);
    if (begin) {
      markers.push(begin[0].trim());
      text = text.slice(begin[0].length);
    }
    const end = END_MARKER.exec(text);
    if (end && (end.index === 0 || /[.!?"”]$/.test(text.slice(0, end.index)))) {
      markers.push(end[0].trim());
      text = text.slice(0, end.index);
    }
    return text;
  });
  return { lines: kept, markers };
}

/**
 * Splits the lines of a release into its header and its paragraphs.
 * @example splitRelease(['Media Note', 'A Title', 'March 13, 2024', '', 'On March 11…']).value.header
 *   // { documentType: 'media-note', title: 'A Title', issued: '2024-03-13', unrecognised: [] }
 */
export function splitRelease(lines: ReadonlyArray<string>, titles: KnownTitles = {}): Stage<SplitRelease> {
  const header: ReleaseHeader = { unrecognised: [] };
  const unmarked = withoutMarkers(lines);
  const rest = [...unmarked.lines];
  let i = 0;
  for (; i < rest.length; i += 1) {
    const line = rest[i]!;
    if (line === '') continue;
    // The title printed again under the header (a page that shows its heading twice) is the title, not text.
    if (header.title && sameTitle(line, header.title)) continue;
    const whole = isTextLine(line) ? undefined : headerLine(line, titles);
    if (whole && fill(header, whole)) continue;
    if (isTextLine(line)) {
      const { items, rest: text } = peelHeaderItems(line, titles);
      const taken = items.filter((item) => fill(header, item));
      if (taken.length === items.length && items.length > 0) rest[i] = text;
      break;
    }
    // A line that is no header item: the title, unless the title is known another way; else a line to keep.
    if (!header.title && !titles.marked && !titles.given && !whole) header.title = line;
    else header.unrecognised.push(line);
  }

  const title = titles.given ?? titles.marked ?? header.title;
  const paragraphs = paragraphsOf([...header.unrecognised, '', ...rest.slice(i)]);
  // The title repeated as the first paragraph (a page that prints its heading twice) is the title, not text.
  while (title && paragraphs.length > 0 && sameTitle(paragraphs[0]!, title)) paragraphs.shift();
  const read: string[] = [];
  if (unmarked.markers.length > 0) read.push(`Left out of the text: the markers ${unmarked.markers.map((marker) => `"${marker}"`).join(' and ')}.`);
  const check = header.unrecognised.length > 0 ? [`Header lines not understood, kept at the start of the text: ${header.unrecognised.map((line) => `"${line}"`).join(', ')}.`] : [];
  return stage({ header, paragraphs, markers: unmarked.markers }, { read, check });
}
