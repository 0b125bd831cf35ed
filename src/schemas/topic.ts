import { z } from 'astro/zod';

/** A topic of the taxonomy (`content/topics.yaml`, keyed by id). */
export const topicSchema = z.object({
  name: z.string().trim().min(1, { error: 'expected the name of the topic' }),
  description: z.string().trim().min(1, { error: 'expected a one-sentence description of the topic' }),
  /**
   * Phrases that show a text is about this topic (matched case-insensitively).
   * A release may only carry a topic whose phrases occur in its text; the importer suggests topics with them.
   */
  phrases: z.array(z.string().trim().min(2)).min(1, { error: 'expected at least one phrase that marks the topic' }),
});

export type Topic = z.output<typeof topicSchema>;
