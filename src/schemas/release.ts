import { z } from 'astro/zod';
import { isoDate, unknown } from './dates.ts';
import { delegationsSchema } from './delegation.ts';
import type { ReferenceFactory } from './reference.ts';
import { citedSourceSchema } from './source.ts';

/** Kinds of document the State Department issues, with how each reads on a page. */
export const DOCUMENT_TYPES = {
  'media-note': 'Media Note',
  'joint-statement': 'Joint Statement',
  'press-statement': 'Press Statement',
  readout: 'Readout',
  'fact-sheet': 'Fact Sheet',
  remarks: 'Remarks',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
const documentTypeIds = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

const knownOrUnknown = (what: string) =>
  z.union([unknown, z.string().trim().min(1)], { error: `expected ${what}, or "unknown"` });

/** The stored raw file of a release: one file directly in `sources/`, so that no path leaves that folder. */
const STORED_SOURCE_PATH = /^sources\/(?!\.)[^/\\]+$/;

/** Frontmatter of a press release (`content/releases/*.mdx`); the body is the text as issued. */
export const releaseSchema = (reference: ReferenceFactory) =>
  z.object({
    title: z.string({ error: 'expected the title of the release' }).trim().min(1, { error: 'expected a title that is not empty' }),
    /** Where the title comes from when the release text itself does not carry it. */
    titleSource: citedSourceSchema.optional(),
    documentType: z.enum(documentTypeIds, {
      error: (issue) => `expected one of: ${documentTypeIds.join(', ')}; got ${JSON.stringify(issue.input)}`,
    }),
    office: knownOrUnknown('the issuing office as written'),
    dateline: knownOrUnknown('the dateline as written'),
    issued: z.union([unknown, isoDate], {
      error: (issue) => `expected the date of issue as a real "YYYY-MM-DD" date in quotes, or "unknown"; got ${JSON.stringify(issue.input)}`,
    }),
    dialogue: reference('dialogues'),
    delegations: delegationsSchema(reference),
    topics: z.array(reference('topics')).min(1, { error: 'expected at least one topic' }),
    source: z.object({
      /** How the text was obtained and what was removed from it. */
      description: z.string().trim().min(1),
      /** The name of the raw file the text was taken from, as it was given to the importer. */
      file: z.string().trim().min(1),
      /** Where that file is kept, unchanged, inside the content folder. */
      path: z.string().regex(STORED_SOURCE_PATH, { error: 'expected the path of the raw file in the content folder, "sources/<file name>"' }),
      /** The SHA-256 of that file's bytes, which the build checks. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected the SHA-256 of the raw file, as 64 lower-case hexadecimal digits' }),
      links: z.array(citedSourceSchema).default([]),
    }),
  });

export type Release = z.output<ReturnType<typeof releaseSchema>>;
/** A release's frontmatter as written in its file: references are ids, defaults may be left out. */
export type ReleaseFrontmatter = z.input<ReturnType<typeof releaseSchema>>;
