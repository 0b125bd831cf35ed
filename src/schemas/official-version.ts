import { z } from 'astro/zod';
import { isoDate, unknown } from './dates.ts';

/**
 * Another official version of a release: a translation its issuer published. The archive links to it and never
 * copies its text; its title is kept in its own language, for the link to name what it opens.
 */
export const officialVersionSchema = z.object({
  kind: z.literal('translation', { error: 'expected "translation" (the only kind of other official version so far)' }),
  /** BCP 47 language of the version ("fr"). */
  lang: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'expected the BCP 47 language of the version, such as "fr"' }),
  /** The title as published, in that language. */
  title: z.string().trim().min(1, { error: 'expected the title of the version as published' }),
  url: z.url({ error: 'expected the full URL of the version' }),
  /** Who published it. */
  publisher: z.string().trim().min(1, { error: 'expected who published the version' }),
  /** The date it carries, or "unknown". */
  issued: z.union([unknown, isoDate], { error: 'expected the date the version carries as "YYYY-MM-DD", or "unknown"' }),
});

export type OfficialVersion = z.output<typeof officialVersionSchema>;

/**
 * The other official versions of one release (`content/official-versions.yaml`, keyed by the release's id). They
 * live apart from the release file, which holds only what the release text gives (the importer writes it).
 */
export const releaseVersionsSchema = z.object({
  versions: z.array(officialVersionSchema).min(1, { error: 'expected at least one version' }),
});

export type ReleaseVersions = z.output<typeof releaseVersionsSchema>;
