/**
 * The registries an import is checked against (agencies, people, topics, dialogues), read from a content
 * folder with the site's own schemas, so that the importer and the build agree on what is valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { agencySchema, type Agency } from '../schemas/agency.ts';
import { dialogueSchema, type Dialogue } from '../schemas/dialogue.ts';
import { personSchema, type Person } from '../schemas/person.ts';
import { plainReference } from '../schemas/reference.ts';
import { topicSchema, type Topic } from '../schemas/topic.ts';

export interface RegistryEntry<T> {
  id: string;
  data: T;
}

export interface ContentRegistry {
  agencies: RegistryEntry<Agency>[];
  people: RegistryEntry<Person>[];
  topics: RegistryEntry<Topic>[];
  dialogues: RegistryEntry<Dialogue>[];
}

/** A registry file that cannot be read or is not valid; the message names the file and the entry. */
export class RegistryError extends Error {}

function readRegistry<T>(file: string, schema: z.ZodType<T, any>): RegistryEntry<T>[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RegistryError(`Cannot read the registry ${file}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RegistryError(`Expected ${file} to be a mapping of ids to entries.`);
  }
  return Object.entries(parsed as Record<string, unknown>).map(([id, value]) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${[id, ...issue.path].join('.')}: ${issue.message}`).join('; ');
      throw new RegistryError(`Invalid entry in ${file}: ${issues}`);
    }
    return { id, data: result.data };
  });
}

/** Reads and validates the four registries of a content folder (`content/` for the site). */
export function loadContentRegistry(contentDir: string): ContentRegistry {
  return {
    agencies: readRegistry(join(contentDir, 'agencies.yaml'), agencySchema),
    people: readRegistry(join(contentDir, 'people.yaml'), personSchema),
    topics: readRegistry(join(contentDir, 'topics.yaml'), topicSchema),
    dialogues: readRegistry(join(contentDir, 'dialogues.yaml'), dialogueSchema(plainReference)),
  };
}
