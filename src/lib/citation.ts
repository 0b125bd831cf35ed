/**
 * How to cite a release of the archive: who issued it, its title, kind and date as the source gives them, and where,
 * as plain text, BibTeX and CSL-JSON. The date of access is a placeholder the reader fills in: the pages are static,
 * so any date printed at build time would be the day of the build, not the day the reader read the release.
 */
import type { ReleaseEntry } from './archive-content.ts';
import { formatIsoDate } from './dates.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';

export const ARCHIVE_NAME = 'U.S.–France Cyber Dialogue Archive';
const ISSUER = 'U.S. Department of State';

/** What each format carries in place of the date of access, for the reader to replace. */
export const ACCESS_DATE_PLACEHOLDERS = { text: '[date of access]', iso: 'YYYY-MM-DD' } as const;

/**
 * 'U.S. Department of State, Office of the Spokesperson. "Title." Media Note, February 9, 2018.
 * U.S.–France Cyber Dialogue Archive. URL'; an office or date the source does not state is left out or said to be unstated.
 * With `accessed`, ' (accessed <accessed>).' follows the URL.
 */
export function releaseCitation(release: ReleaseEntry, url: string, accessed?: string): string {
  const { office, title, documentType, issued } = release.data;
  const issuer = office === 'unknown' ? ISSUER : `${ISSUER}, ${office}`;
  const date = issued === 'unknown' ? 'date of issue not stated' : formatIsoDate(issued);
  // A title ending in its own punctuation keeps it; otherwise a period closes it inside the quotes.
  const quotedTitle = /[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
  const citation = `${issuer}. ${quotedTitle} ${DOCUMENT_TYPES[documentType]}, ${date}. ${ARCHIVE_NAME}. ${url}`;
  return accessed === undefined ? citation : `${citation} (accessed ${accessed}).`;
}

/** A BibTeX field value: the characters BibTeX and LaTeX treat as special are escaped. */
function bibtexValue(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * A BibTeX `@misc` entry keyed by the release id; the issuer is a corporate author (double braces, so it is not
 * split into first and last names), the date only when the source states it, `urldate` the access-date placeholder.
 */
export function releaseBibtex(release: ReleaseEntry, url: string): string {
  const { office, title, documentType, issued } = release.data;
  const fields: [string, string][] = [
    ['author', `{${bibtexValue(ISSUER)}}`],
    ['title', `{${bibtexValue(title)}}`],
    ['howpublished', bibtexValue(DOCUMENT_TYPES[documentType])],
  ];
  if (office !== 'unknown') fields.push(['organization', bibtexValue(`${ISSUER}, ${office}`)]);
  if (issued === 'unknown') {
    fields.push(['note', 'Date of issue not stated in the source']);
  } else {
    fields.push(['date', issued], ['year', issued.slice(0, 4)]);
  }
  fields.push(['publisher', bibtexValue(ARCHIVE_NAME)], ['url', url], ['urldate', ACCESS_DATE_PLACEHOLDERS.iso]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${release.id},\n${body}\n}`;
}

/**
 * A CSL-JSON item (the format Zotero, Mendeley and citeproc read), as an array of one. `issued` only when the
 * source states the date; `accessed` holds the placeholder as a raw date, for the reader to replace.
 */
export function releaseCslJson(release: ReleaseEntry, url: string): Record<string, unknown>[] {
  const { office, title, documentType, issued } = release.data;
  const item: Record<string, unknown> = {
    id: release.id,
    type: 'document',
    title,
    author: [{ literal: ISSUER }],
    ...(office !== 'unknown' && { authority: `${ISSUER}, ${office}` }),
    genre: DOCUMENT_TYPES[documentType],
    publisher: ARCHIVE_NAME,
    URL: url,
    accessed: { raw: ACCESS_DATE_PLACEHOLDERS.iso },
  };
  if (issued !== 'unknown') item.issued = { 'date-parts': [issued.split('-').map(Number)] };
  else item.note = 'Date of issue not stated in the source';
  return [item];
}
