/**
 * How to cite a release of the archive: who issued it, its title, kind and date as the source gives them, and where,
 * as plain text, BibTeX and CSL-JSON. The three agree with the page's structured data (src/lib/json-ld.ts): the
 * U.S. Department of State is the author (the issuing body) and the publisher; the archive is where the copy is
 * kept. No format carries a date of access: the pages are static, so a date printed at build time would be the day
 * of the build, not the day the reader read the release; the page says in words to add it.
 */
import type { ReleaseEntry } from './archive-content.ts';
import { formatIsoDate, formatPartialDate } from './dates.ts';
import type { PartialDate } from '../schemas/dates.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';

export const ARCHIVE_NAME = 'U.S.–France Cyber Dialogue Archive';
/** The author and publisher of every release. */
export const ISSUER = 'U.S. Department of State';
/** Its website, for structured data. */
export const ISSUER_URL = 'https://www.state.gov/';

/** What a citation knows beyond the release: the bound its dialogue's dates put on an unstated date of issue. */
export interface CitationContext {
  /** From `issuedNoEarlierThan`; only for a release whose date of issue is not stated. */
  issuedNoEarlierThan?: PartialDate | undefined;
}

/** "Date of issue not stated in the source; issued no earlier than March 12, 2024 (derived from the dialogue's dates)." */
export function unstatedIssueNote({ issuedNoEarlierThan }: CitationContext): string {
  const bound = issuedNoEarlierThan && `; issued no earlier than ${formatPartialDate(issuedNoEarlierThan)} (derived from the dialogue's dates)`;
  return `Date of issue not stated in the source${bound ?? ''}.`;
}

/**
 * 'U.S. Department of State, Office of the Spokesperson. “Title.” Media Note, February 9, 2018.
 * U.S.–France Cyber Dialogue Archive. URL'; an office or date the source does not state is left out or said to be
 * unstated (with the bound the dialogue's dates give, marked as derived).
 */
export function releaseCitation(release: ReleaseEntry, url: string, context: CitationContext = {}): string {
  const { office, title, documentType, issued } = release.data;
  const issuer = office === 'unknown' ? ISSUER : `${ISSUER}, ${office}`;
  const bound = context.issuedNoEarlierThan && ` (no earlier than ${formatPartialDate(context.issuedNoEarlierThan)}, derived from the dialogue's dates)`;
  const date = issued === 'unknown' ? `date of issue not stated${bound ?? ''}` : formatIsoDate(issued);
  // A title ending in its own punctuation keeps it; otherwise a period closes it inside the quotes.
  const quotedTitle = /[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
  return `${issuer}. ${quotedTitle} ${DOCUMENT_TYPES[documentType]}, ${date}. ${ARCHIVE_NAME}. ${url}`;
}

/**
 * A BibTeX field value: the characters BibTeX and LaTeX treat as special are escaped, and dashes written as
 * LaTeX writes them ("--" for an en dash), so that classic BibTeX with 8-bit LaTeX and BibLaTeX read the same text.
 */
function bibtexValue(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

/** The month macros that BibTeX's standard styles and BibLaTeX both define. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A `@misc` entry keyed by the release id, in the fields classic BibTeX and BibLaTeX share: the issuer as a
 * corporate author (double braces, so it is not split into first and last names), the title braced so that styles
 * keep its capitals, the kind, office and full date in `howpublished`, `year` and `month` only when the source dates
 * it, `url`, and a note naming the archive (and saying that the date of issue is not stated, where it is not).
 */
export function releaseBibtex(release: ReleaseEntry, url: string, context: CitationContext = {}): string {
  const { office, title, documentType, issued } = release.data;
  const published = [DOCUMENT_TYPES[documentType], ...(office === 'unknown' ? [] : [office]), ...(issued === 'unknown' ? [] : [formatIsoDate(issued)])];
  const fields: [string, string][] = [
    ['author', `{{${bibtexValue(ISSUER)}}}`],
    ['title', `{{${bibtexValue(title)}}}`],
    ['howpublished', `{${bibtexValue(published.join(', '))}}`],
  ];
  if (issued !== 'unknown') fields.push(['year', `{${issued.slice(0, 4)}}`], ['month', MONTH_MACROS[Number(issued.slice(5, 7)) - 1]!]);
  fields.push(['url', `{${url}}`]);
  const note = [...(issued === 'unknown' ? [unstatedIssueNote(context)] : []), `${ARCHIVE_NAME}.`];
  fields.push(['note', `{${bibtexValue(note.join(' '))}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${release.id},\n${body}\n}`;
}

/**
 * A CSL-JSON item (the format Zotero, Mendeley and citeproc read), as an array of one: the Department as author
 * and publisher, the office as `authority`, the archive as `archive`, `issued` only when the source states the date.
 */
export function releaseCslJson(release: ReleaseEntry, url: string, context: CitationContext = {}): Record<string, unknown>[] {
  const { office, title, documentType, issued } = release.data;
  const item: Record<string, unknown> = {
    id: release.id,
    type: 'document',
    title,
    author: [{ literal: ISSUER }],
    ...(office !== 'unknown' && { authority: `${ISSUER}, ${office}` }),
    genre: DOCUMENT_TYPES[documentType],
    publisher: ISSUER,
    archive: ARCHIVE_NAME,
    URL: url,
    language: 'en',
  };
  if (issued !== 'unknown') item.issued = { 'date-parts': [issued.split('-').map(Number)] };
  else item.note = unstatedIssueNote(context);
  return [item];
}
