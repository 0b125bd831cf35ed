import { z } from 'astro/zod';
import { countrySchema } from './country.ts';

/** An entry of the agency registry (`content/agencies.yaml`, keyed by id). */
export const agencySchema = z.object({
  name: z.string().trim().min(1, { error: 'expected the canonical English name of the agency' }),
  acronym: z.string().trim().min(1).optional(),
  /** The name in French, for French agencies; shown with lang="fr". */
  localName: z.string().trim().min(1).optional(),
  country: countrySchema,
  /** Other names the agency appears under in releases (other renderings, misspellings). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().trim().min(1, { error: 'expected a one-sentence description' }),
  /** The agency's official website, the source of its description. */
  website: z.url({ error: 'expected the full URL of the agency website' }),
  /** Set by the importer for entries it added, until a person has checked them. */
  needsReview: z.boolean().default(false),
});

export type Agency = z.output<typeof agencySchema>;
