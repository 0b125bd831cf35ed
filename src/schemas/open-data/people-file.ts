/** The shape of `/data/people.json`: the delegation leads (src/schemas/open-data/shared.ts says how these schemas are used). */
import { z } from 'astro/zod';
import { COUNTRIES } from '../country.ts';
import { dataFileHeaderShape } from './shared.ts';

export const dataPersonSchema = z.object({
  id: z.string().describe('Permanent id (their page is /people/ID/).'),
  name: z.string().describe('Full name.'),
  country: z.enum(COUNTRIES).describe('"us" or "fr".'),
  url: z.url().describe('Their page.'),
  leads: z
    .array(
      z.object({
        dialogue: z.number().int().describe('The ordinal of the dialogue.'),
        side: z.enum(COUNTRIES).describe('The side they led, "us" or "fr".'),
        title: z.string().nullable().describe('Their title as the source writes it; null where no English source states it.'),
      }),
    )
    .describe('The delegations they led, first to latest.'),
});

export const peopleFileSchema = z
  .object({ ...dataFileHeaderShape, people: z.array(dataPersonSchema).describe('Every delegation lead in the archive.') })
  .meta({ title: 'The delegation leads of the U.S.–France Cyber Dialogue' });

export type PeopleFile = z.output<typeof peopleFileSchema>;
