/**
 * The open data files, registered once: each file's name, format, title, description and zod schema (the whole
 * file for JSON, one row for CSV). The data package (/data/datapackage.json), the published schemas
 * (/data/NAME.schema.json) and the documentation on /about/ are all made from this list, so adding a data file to
 * them is adding its line here (its route in src/pages/data/ writes the file itself).
 */
import { z } from 'astro/zod';
import { jsonSchemaFields, type FieldDoc, type JsonSchemaNode } from './json-schema-fields.ts';
import { tableColumns, tableSchema, type TableSchema } from './table-schema.ts';
import type { UrlOf } from './absolute-urls.ts';
import { agenciesFileSchema } from '../schemas/open-data/agencies-file.ts';
import { delegationRowSchema } from '../schemas/open-data/delegations-row.ts';
import { dialoguesFileSchema } from '../schemas/open-data/dialogues-file.ts';
import { peopleFileSchema } from '../schemas/open-data/people-file.ts';
import { recurringPassagesFileSchema } from '../schemas/open-data/recurring-passages-file.ts';
import { releasesFileSchema } from '../schemas/open-data/releases-file.ts';
import { topicsFileSchema } from '../schemas/open-data/topics-file.ts';

export interface DataFileDefinition {
  /** The resource's name and the file's stem: "dialogues" is /data/dialogues.json. */
  name: string;
  format: 'json' | 'csv';
  title: string;
  /** What it holds, in a sentence. */
  description: string;
  /** JSON: the whole file's shape; CSV: one row's, its keys the columns in order. */
  schema: z.ZodObject;
}

export const DATA_FILES: readonly DataFileDefinition[] = [
  { name: 'dialogues', format: 'json', title: 'Dialogues', description: 'The dialogues, with dates, places, delegations, topics, releases and sources.', schema: dialoguesFileSchema },
  { name: 'releases', format: 'json', title: 'Releases', description: 'The releases, with their metadata, delegations, topics, other official versions and text.', schema: releasesFileSchema },
  { name: 'agencies', format: 'json', title: 'Agencies', description: 'The agency registry: names, acronyms, other names, websites and the dialogues each took part in.', schema: agenciesFileSchema },
  { name: 'people', format: 'json', title: 'Delegation leads', description: 'The people who led a delegation, with the titles they led under.', schema: peopleFileSchema },
  { name: 'topics', format: 'json', title: 'Topics', description: 'The topic taxonomy, with the dialogues and releases about each topic.', schema: topicsFileSchema },
  { name: 'recurring-passages', format: 'json', title: 'Recurring passages', description: 'The passages that releases repeat, with each appearance\'s release, paragraph and words, and the words that changed (the /language/ page).', schema: recurringPassagesFileSchema },
  { name: 'delegations', format: 'csv', title: 'Delegations', description: 'One row per dialogue, side and agency, for spreadsheets.', schema: delegationRowSchema },
];

/** "/data/dialogues.json". */
export const dataFilePath = (file: DataFileDefinition): string => `/data/${file.name}.${file.format}`;
/** "/data/dialogues.schema.json": a JSON Schema for a JSON file, a Table Schema for a CSV file. */
export const dataSchemaPath = (file: DataFileDefinition): string => `/data/${file.name}.schema.json`;

/** The registered file of that name (for pages that link to one). */
export function dataFile(name: string): DataFileDefinition {
  const file = DATA_FILES.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no data file "${name}" in DATA_FILES`);
  return file;
}

/** The JSON Schema of a JSON file, with its address as `$id`. */
export function jsonSchemaOf(file: DataFileDefinition, urlOf: UrlOf): Record<string, unknown> {
  return { ...z.toJSONSchema(file.schema), $id: urlOf(dataSchemaPath(file)) };
}

/** What `/data/NAME.schema.json` holds. */
export function publishedSchema(file: DataFileDefinition, urlOf: UrlOf): Record<string, unknown> | TableSchema {
  return file.format === 'csv' ? tableSchema(file.schema) : jsonSchemaOf(file, urlOf);
}

/** The fields (JSON) or columns (CSV) of a file, documented. */
export function dataFileFields(file: DataFileDefinition): FieldDoc[] {
  return file.format === 'csv' ? tableColumns(file.schema) : jsonSchemaFields(z.toJSONSchema(file.schema) as JsonSchemaNode);
}
