/** The shape of `/data/topics.json`: the topic taxonomy (src/schemas/open-data/shared.ts says how these schemas are used). */
import { z } from 'astro/zod';
import { dataFileHeaderShape } from './shared.ts';

export const dataTopicSchema = z.object({
  id: z.string().describe('Permanent id (its page is /topics/ID/).'),
  name: z.string().describe('The topic\'s name.'),
  description: z.string().describe('One sentence on what it covers.'),
  phrases: z.array(z.string()).describe('The phrases that show a text is about it; a release or dialogue carries the topic only when its text holds one.'),
  url: z.url().describe('Its page.'),
  dialogues: z.array(z.number().int()).describe('The ordinals of the dialogues that discussed it, as the sources report, first to latest.'),
  releases: z.array(z.string()).describe('The ids of the releases about it.'),
});

export const topicsFileSchema = z
  .object({ ...dataFileHeaderShape, topics: z.array(dataTopicSchema).describe('Every topic of the taxonomy.') })
  .meta({ title: 'The topics of the U.S.–France Cyber Dialogue' });

export type TopicsFile = z.output<typeof topicsFileSchema>;
