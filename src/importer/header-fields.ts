/**
 * The header fields of the release file, decided from the header read in the text and from what the person
 * importing gave: a title and a document type are required; office, dateline and date of issue stay "unknown"
 * where the text does not state them.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import type { CitedSource } from '../schemas/source.ts';
import { ImportError } from './import-error.ts';
import type { ReleaseHeader } from './release-header.ts';
import { stage, type Stage } from './stage.ts';

export interface HeaderFields {
  title: string;
  /** Whether the title is in the text (else it was given, and should be cited). */
  titleInText: boolean;
  /** Where a title that is not in the text comes from. */
  titleSource?: CitedSource;
  documentType: DocumentType;
  office: string;
  dateline: string;
  /** `YYYY-MM-DD`, or "unknown". */
  issued: string;
}

export interface GivenHeader {
  /** The title given with --title. */
  title?: string | undefined;
  /** The title a saved page marks as such (its heading). */
  markedTitle?: string | undefined;
  /** The document type given with --document-type, for a header that has none. */
  documentType?: DocumentType | undefined;
  /** Where the given title comes from (--title-source-url, --title-source-title). */
  titleSource?: (Partial<CitedSource> & { url: string }) | undefined;
}

const DEFAULT_TITLE_SOURCE_SUPPORTS = 'The scraped text has no title line; this is the heading under which the note was published.';

export function decideHeader(header: ReleaseHeader, given: GivenHeader, fileName: string): Stage<HeaderFields> {
  const textTitle = given.markedTitle ?? header.title;
  const title = given.title?.trim() || textTitle;
  if (!title) {
    throw new ImportError(`${fileName} has no title line, and a title cannot be invented. Pass the title under which the release was published: --title "…" (and --title-source-url URL to cite where it comes from).`);
  }
  const documentType = header.documentType ?? given.documentType;
  if (!documentType) {
    throw new ImportError(`${fileName} does not say what kind of document it is (${Object.values(DOCUMENT_TYPES).join(', ')}). Pass --document-type with one of: ${Object.keys(DOCUMENT_TYPES).join(', ')}.`);
  }
  const check: string[] = [];
  if (given.title?.trim() && textTitle && given.title.trim() !== textTitle) check.push(`Title: --title replaces the title in the text ("${textTitle}").`);
  if (given.documentType && header.documentType && given.documentType !== header.documentType) {
    check.push(`Document type: the text says ${DOCUMENT_TYPES[header.documentType]}; --document-type ${given.documentType} was not used.`);
  }
  const fields: HeaderFields = {
    title,
    titleInText: Boolean(textTitle) && (!given.title?.trim() || given.title.trim() === textTitle),
    documentType,
    office: header.office ?? 'unknown',
    dateline: header.dateline ?? 'unknown',
    issued: header.issued ?? 'unknown',
  };
  if (given.titleSource) {
    fields.titleSource = {
      title: given.titleSource.title ?? 'Source of the title',
      url: given.titleSource.url,
      ...(given.titleSource.lang ? { lang: given.titleSource.lang } : {}),
      supports: given.titleSource.supports ?? DEFAULT_TITLE_SOURCE_SUPPORTS,
    };
  } else if (!fields.titleInText) {
    check.push('The title is not in the text and no --title-source-url cites where it comes from.');
  }
  const decided = [
    `Title: ${title}${fields.titleInText ? '' : ' (given with --title)'}`,
    `Document type: ${DOCUMENT_TYPES[documentType]}${header.documentType ? '' : ' (given with --document-type)'}`,
    `Office: ${header.office ?? 'unknown (not in the text)'}`,
    `Dateline: ${header.dateline ?? 'unknown (not in the text)'}`,
    `Date of issue: ${header.issued ?? 'unknown (not in the text)'}`,
  ];
  return stage(fields, { decided, check });
}
