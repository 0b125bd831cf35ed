// The baseline reads the benchmark's content folder with a loose schema: no references, no cross-entry checks.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? '../../../content';

export const collections = {
  releases: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/releases` }),
    schema: z.looseObject({ title: z.string(), issued: z.string() }),
  }),
};
