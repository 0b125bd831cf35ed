/** The shape of `/data/agencies.json`: the agency registry (src/schemas/open-data/shared.ts says how these schemas are used). */
import { z } from 'astro/zod';
import { COUNTRIES } from '../country.ts';
import { dataFileHeaderShape } from './shared.ts';

export const dataAgencySchema = z.object({
  id: z.string().describe('Permanent id (its page is /agencies/ID/).'),
  name: z.string().describe('The agency\'s canonical English name.'),
  acronym: z.string().nullable().describe('Its acronym, or null.'),
  localName: z.string().nullable().describe('Its name in French, for a French agency; otherwise null.'),
  country: z.enum(COUNTRIES).describe('"us" or "fr".'),
  aliases: z.array(z.string()).describe('Other names it appears under in the releases (may be empty).'),
  description: z.string().describe('One sentence on what it is, after its official website.'),
  website: z.url().describe('Its official website.'),
  url: z.url().describe('Its page.'),
  dialogues: z.array(z.number().int()).describe('The ordinals of the dialogues whose reported delegation lists it, first to latest.'),
});

export const agenciesFileSchema = z
  .object({ ...dataFileHeaderShape, agencies: z.array(dataAgencySchema).describe('Every agency of the registry, U.S. first, by name.') })
  .meta({ title: 'The agencies in the delegations of the U.S.–France Cyber Dialogue' });

export type AgenciesFile = z.output<typeof agenciesFileSchema>;
