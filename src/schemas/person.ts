import { z } from 'astro/zod';
import { countrySchema } from './country.ts';

/**
 * A delegation lead (`content/people.yaml`, keyed by id).
 * The titles they held are not repeated here: each comes with the delegation that reports it.
 */
export const personSchema = z.object({
  name: z.string().trim().min(1, { error: 'expected the full name of the person' }),
  country: countrySchema,
  needsReview: z.boolean().default(false),
});

export type Person = z.output<typeof personSchema>;
