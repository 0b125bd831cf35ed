/**
 * The pieces the open data files share, as zod schemas with a description per field: the single source of each
 * file's type, of its documentation on /about/ and of its published JSON Schema (/data/*.schema.json).
 * Conventions: every URL is absolute; a fact no source gives is `null` (never left out, never guessed); a list that
 * no source reports is `null`, never an empty list.
 */
import { z } from 'astro/zod';
import { COUNTRIES } from '../country.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../release.ts';

/** What every JSON file starts with: where it is documented, its terms and which build of the archive made it. */
export const dataFileHeaderShape = {
  documentation: z.url().describe('The URL of this documentation.'),
  license: z
    .object({
      name: z.string().describe('The license\'s identifier ("CC0-1.0").'),
      title: z.string().describe('Its name.'),
      path: z.url().describe('Its text.'),
    })
    .describe('The license under which the data is published.'),
  version: z.string().describe('The version of the archive that generated the file.'),
  created: z.iso.datetime().describe('When the file was generated (ISO 8601, UTC).'),
};

export const linkSchema = (what: string) =>
  z.object({
    id: z.string().describe(`The ${what}'s permanent id.`),
    name: z.string().describe(`The ${what}'s name.`),
    url: z.url().describe(`The ${what}'s page.`),
  });

export const datesSchema = z
  .object({
    precision: z.enum(['day', 'day-range', 'month', 'unknown']).describe('"day", "day-range", "month" or "unknown": how precisely the sources date it.'),
    start: z.string().nullable().describe('ISO 8601 at that precision: "2020-01-22", or "2016-09" for a month; null when unknown.'),
    end: z.string().nullable().describe('The last day of a range; the same as start for a day or a month; null when unknown.'),
    text: z.string().describe('The dates as the pages show them: "February 7–8, 2018", "date not known".'),
  });

export const placeSchema = z.object({
  kind: z.enum(['city', 'virtual', 'unknown']).describe('"city", "virtual" or "unknown".'),
  city: z.string().nullable().describe('The city, for kind "city"; otherwise null.'),
  country: z.enum(COUNTRIES).nullable().describe('"us" or "fr", for kind "city"; otherwise null.'),
  note: z.string().nullable().describe('Why the place is not known, where the archive says; otherwise null.'),
  text: z.string().describe('The place as the pages show it: "Paris, France", "virtual", "place not known".'),
});

export const delegationAgencySchema = z.object({
  id: z.string().describe('The agency\'s permanent id (its page is /agencies/ID/).'),
  name: z.string().describe('The agency\'s canonical English name.'),
  acronym: z.string().nullable().describe('Its acronym, or null.'),
  url: z.url().describe('The agency\'s page.'),
  wording: z.string().nullable().describe('The source\'s words for the agency where they differ from its name ("Ministry of Home Affairs"); otherwise null.'),
});

export const delegationSchema = z.object({
  lead: z
    .object({
      person: linkSchema('person').describe('The lead: id, name and the URL of their page.'),
      title: z.string().nullable().describe('The lead\'s title, as the source writes it; null where no English source states it.'),
    })
    .describe('The person who led the side.'),
  agencies: z.array(delegationAgencySchema).nullable().describe('The agencies, in the order the source lists them; null when the source names only the lead.'),
});

/** The two sides, "us" and "fr", each a value of `side`: written `<side>` in the documentation. */
export const bySide = <T extends z.ZodType>(side: T) => z.record(z.enum(COUNTRIES).meta({ title: 'side' }), side);

export const citedSourceSchema = z.object({
  title: z.string().describe('Title of the cited source.'),
  url: z.url().describe('Its URL.'),
  lang: z.string().nullable().describe('Its language (BCP 47) when not English; otherwise null.'),
  supports: z.string().describe('Which facts it supports.'),
});

export const documentTypeSchema = z
  .enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]])
  .describe(`Kind of document: ${Object.keys(DOCUMENT_TYPES).map((type) => `"${type}"`).join(', ')}.`);
