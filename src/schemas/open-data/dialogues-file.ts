/** The shape of `/data/dialogues.json` (src/schemas/open-data/shared.ts says how these schemas are used). */
import { z } from 'astro/zod';
import { bySide, dataFileHeaderShape, datesSchema, delegationSchema, linkSchema, placeSchema } from './shared.ts';

const KIND = '"release-passage" (a passage of a release in the archive) or "cited" (a public source outside it).';
const URL = 'The release\'s page ("release-passage") or the source\'s URL ("cited").';

export const dialogueSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('release-passage').describe(KIND),
    release: z.string().describe('For "release-passage": the release\'s id.'),
    url: z.url().describe(URL),
    quote: z.string().describe('For "release-passage": the passage, word for word.'),
  }),
  z.object({
    kind: z.literal('cited').describe(KIND),
    title: z.string().describe('For "cited": the source\'s title.'),
    url: z.url().describe(URL),
    lang: z.string().nullable().describe('For "cited": its language (BCP 47) when not English; otherwise null.'),
    supports: z.string().describe('For "cited": which facts it supports.'),
  }),
]);

export const dialogueDelegationSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('release').describe('"release" (a release in the archive) or "cited-sources" (the dialogue\'s sources).'),
    release: z.string().describe('For kind "release": the release\'s id.'),
    url: z.url().describe('For kind "release": the release\'s page.'),
  }),
  z.object({ kind: z.literal('cited-sources').describe('"release" (a release in the archive) or "cited-sources" (the dialogue\'s sources).') }),
]);

export const dataDialogueSchema = z.object({
  id: z.string().describe('Permanent id ("sixth").'),
  ordinal: z.number().int().describe('Its place in the series: 1 for the inaugural dialogue.'),
  name: z.string().describe('"Sixth U.S.–France Cyber Dialogue".'),
  url: z.url().describe('Its page, /dialogues/ORDINAL/.'),
  dates: datesSchema.describe('When it met.'),
  place: placeSchema.describe('Where it met.'),
  delegations: bySide(
    delegationSchema.extend({ source: dialogueDelegationSourceSchema.describe('Where the delegation is reported.') }).nullable().describe('One side\'s delegation; null when no source reports it.'),
  ).describe('The two sides\' delegations, under "us" and "fr".'),
  topics: z.array(linkSchema('topic')).nullable().describe('The topics discussed; null when no source reports them.'),
  summary: z.string().nullable().describe('What the cited sources report, in a sentence or two, for a dialogue no release in the archive reports; otherwise null.'),
  releases: z
    .array(
      z.object({
        id: z.string().describe('The release\'s permanent id.'),
        title: z.string().describe('Its title, as issued.'),
        url: z.url().describe('Its page.'),
      }),
    )
    .describe('The releases in the archive that report it, oldest first (may be empty).'),
  sources: z.array(dialogueSourceSchema).describe('The sources of the dialogue\'s dates, place and reported facts.'),
});

export const dialoguesFileSchema = z
  .object({
    ...dataFileHeaderShape,
    dialogues: z.array(dataDialogueSchema).describe('Every dialogue of the series in the archive, first to latest.'),
  })
  .meta({ title: 'The dialogues of the U.S.–France Cyber Dialogue series' });

export type DialoguesFile = z.output<typeof dialoguesFileSchema>;
export type DataDialogue = z.output<typeof dataDialogueSchema>;
