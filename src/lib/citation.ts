/** How to cite a release of the archive: who issued it, its title, kind and date as the source gives them, and where. */
import type { ReleaseEntry } from './archive-content.ts';
import { formatIsoDate } from './dates.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';

export const ARCHIVE_NAME = 'U.S.–France Cyber Dialogue Archive';

/**
 * 'U.S. Department of State, Office of the Spokesperson. "Title." Media Note, February 9, 2018.
 * U.S.–France Cyber Dialogue Archive. URL'; an office or date the source does not state is left out or said to be unstated.
 */
export function releaseCitation(release: ReleaseEntry, url: string): string {
  const { office, title, documentType, issued } = release.data;
  const issuer = office === 'unknown' ? 'U.S. Department of State' : `U.S. Department of State, ${office}`;
  const date = issued === 'unknown' ? 'date of issue not stated' : formatIsoDate(issued);
  // A title ending in its own punctuation keeps it; otherwise a period closes it inside the quotes.
  const quotedTitle = /[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
  return `${issuer}. ${quotedTitle} ${DOCUMENT_TYPES[documentType]}, ${date}. ${ARCHIVE_NAME}. ${url}`;
}
