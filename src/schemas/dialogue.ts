import { z } from 'astro/zod';
import { partialDateSchema } from './dates.ts';
import { delegationsSchema } from './delegation.ts';
import { placeSchema } from './place.ts';
import type { ReferenceFactory } from './reference.ts';
import { citedSourceSchema } from './source.ts';

/** A passage of a release in the archive that states a fact about a dialogue; it must occur in that release. */
export const releaseQuoteSchema = (reference: ReferenceFactory) =>
  z.object({
    release: reference('releases'),
    quote: z.string().trim().min(1, { error: 'expected the passage of the release that states the fact' }),
  });

/**
 * One dialogue of the series (`content/dialogues.yaml`, keyed by id).
 * Facts that no release in the archive reports go under `reported`, and `sources` cites where they come from.
 */
export const dialogueSchema = (reference: ReferenceFactory) =>
  z.object({
    ordinal: z.number({ error: 'expected the ordinal of the dialogue in the series (1 for the inaugural one)' }).int().positive(),
    dates: partialDateSchema,
    place: placeSchema,
    reported: z
      .object({
        summary: z.string().trim().min(1),
        delegations: delegationsSchema(reference).optional(),
        topics: z.array(reference('topics')).default([]),
      })
      .optional(),
    sources: z.array(z.union([releaseQuoteSchema(reference), citedSourceSchema])).default([]),
  });

export type Dialogue = z.output<ReturnType<typeof dialogueSchema>>;
export type ReleaseQuote = z.output<ReturnType<typeof releaseQuoteSchema>>;
