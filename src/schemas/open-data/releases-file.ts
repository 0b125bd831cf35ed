/** The shape of `/data/releases.json` (src/schemas/open-data/shared.ts says how these schemas are used). */
import { z } from 'astro/zod';
import { bySide, citedSourceSchema, dataFileHeaderShape, delegationSchema, documentTypeSchema, linkSchema } from './shared.ts';

export const dataReleaseSchema = z.object({
  id: z.string().describe('Permanent id: the date of issue (or "undated") and the title.'),
  title: z.string().describe('Its title, as issued.'),
  url: z.url().describe('Its page.'),
  documentType: documentTypeSchema,
  documentTypeLabel: z.string().describe('The same as the pages show it: "Media Note".'),
  office: z.string().nullable().describe('The issuing office as written; null when the source does not state it.'),
  dateline: z.string().nullable().describe('The dateline as written; null when the source does not state it.'),
  issued: z.string().nullable().describe('Date of issue, "YYYY-MM-DD"; null when the source does not state it.'),
  issuedNoEarlierThan: z
    .string()
    .nullable()
    .describe('Where the date of issue is not stated: the earliest it can be, derived from the dates of the dialogue the release reports ("YYYY-MM-DD", or "YYYY-MM" for a dialogue known to the month); otherwise null. Never a date of issue.'),
  dialogue: linkSchema('dialogue').extend({ ordinal: z.number().int().describe('Its ordinal.') }).describe('The dialogue it reports.'),
  delegations: bySide(delegationSchema.nullable().describe('One side\'s delegation; null when the release does not report it.')).describe('The two sides\' delegations, under "us" and "fr".'),
  topics: z.array(linkSchema('topic')).describe('The topics it is about.'),
  officialVersions: z
    .array(
      z.object({
        kind: z.literal('translation').describe('"translation": a translation its issuer published.'),
        lang: z.string().describe('Its language (BCP 47).'),
        title: z.string().describe('Its title as published, in that language.'),
        url: z.url().describe('Where it is published (linked, never copied).'),
        publisher: z.string().describe('Who published it.'),
        issued: z.string().nullable().describe('The date it carries, "YYYY-MM-DD"; null when not known.'),
      }),
    )
    .describe('Other official versions of the release (may be empty).'),
  titleSource: citedSourceSchema.nullable().describe('Where the title comes from when the text itself does not carry it; otherwise null.'),
  source: z
    .object({
      file: z.string().describe('The raw scraped file the text was taken from.'),
      description: z.string().describe('How the text was obtained and what was removed from it.'),
      links: z.array(citedSourceSchema).describe('Other public sources about the text.'),
    })
    .describe('Where the text comes from.'),
  paragraphs: z.array(z.string()).describe('The text as issued, one string per paragraph.'),
});

export const releasesFileSchema = z
  .object({
    ...dataFileHeaderShape,
    releases: z.array(dataReleaseSchema).describe('Every release in the archive, newest first (a release without a date of issue is placed by its dialogue).'),
  })
  .meta({ title: 'The releases of the U.S.–France Cyber Dialogue Archive' });

export type ReleasesFile = z.output<typeof releasesFileSchema>;
export type DataRelease = z.output<typeof dataReleaseSchema>;
