import { z } from 'astro/zod';
import { countrySchema } from './country.ts';

/** Where a dialogue met: a city, online, or not known (with a note saying why). */
export const placeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('city'), city: z.string().trim().min(1, { error: 'expected the name of the city' }), country: countrySchema }),
    z.object({ kind: z.literal('virtual') }),
    z.object({ kind: z.literal('unknown'), note: z.string().trim().min(1).optional() }),
  ],
  { error: 'expected "kind" to be one of: city, virtual, unknown' },
);

export type Place = z.output<typeof placeSchema>;
