import { z } from 'astro/zod';

/** A public source cited for a fact that does not come from a release in the archive. */
export const citedSourceSchema = z.object({
  title: z.string().trim().min(1, { error: 'expected the title of the cited source' }),
  url: z.url({ error: 'expected the full URL of the cited source' }),
  /** BCP 47 language of the source when it is not English. */
  lang: z.string().optional(),
  /** Which facts this source supports, in plain words. */
  supports: z.string().trim().min(1, { error: 'expected a short note of which facts this source supports' }),
});

export type CitedSource = z.output<typeof citedSourceSchema>;
