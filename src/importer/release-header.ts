/**
 * The header of a press release: the lines above its text (title, document type, issuing office, dateline,
 * date of issue), in either layout scraped pages have; any of them may be missing.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import { parseFullDate } from './calendar-dates.ts';

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
}

const DOCUMENT_TYPE_BY_LABEL = new Map(
  Object.entries(DOCUMENT_TYPES).map(([id, label]) => [label.toLowerCase(), id as DocumentType]),
);
const OFFICE = /^(?:Office of|Bureau of|Office of the Spokesperson|The Office of)\b/;
// A dateline is a short place name: "Washington, DC", "Paris, France", "Washington".
const DATELINE = /^(?:[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*)?, [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*)?|Washington|Paris|New York)$/u;
const SENTENCE_END = /[.!?;:"”)]$/;

/** A line of running text rather than a header line: long, or a sentence. */
function isTextLine(line: string): boolean {
  const words = line.split(' ').length;
  // A title is in title case; a line of eight words or more ending on a lower-case word is running text cut by a line end.
  return line.length > 160 || (words >= 8 && (/[.!?]["”]?$/.test(line) || /\s[a-z][\p{L}]*,?$/u.test(line)));
}

/**
 * Splits cleaned release text into its header and its paragraphs.
 * Paragraphs are separated by blank lines or by line ends after a full stop; a line broken inside a sentence is joined.
 */
export function splitRelease(cleanedText: string): SplitRelease {
  const lines = cleanedText.split('\n');
  const header: ReleaseHeader = { unrecognised: [] };
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line === '') continue;
    if (isTextLine(line)) break;
    const documentType = DOCUMENT_TYPE_BY_LABEL.get(line.toLowerCase());
    const issued = parseFullDate(line);
    if (documentType && !header.documentType) header.documentType = documentType;
    else if (issued && !header.issued) header.issued = issued;
    else if (OFFICE.test(line) && !header.office) header.office = line;
    else if (DATELINE.test(line) && !header.dateline && (header.title || header.documentType)) header.dateline = line;
    else if (!header.title && !header.documentType && !header.office) header.title = line;
    else header.unrecognised.push(line);
  }

  const paragraphs: string[] = [...header.unrecognised];
  let current = '';
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
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
  return { header, paragraphs };
}
