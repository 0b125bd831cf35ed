/**
 * The registries an import is checked against (agencies, people, topics, dialogues), read from a content
 * folder with the site's own schemas, so that the importer and the build agree on what is valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { agencySchema, type Agency } from '../schemas/agency.ts';
import { dialogueSchema, type Dialogue } from '../schemas/dialogue.ts';
import { personSchema, type Person } from '../schemas/person.ts';
import { plainReference } from '../schemas/reference.ts';
import type { ReleaseFrontmatter } from '../schemas/release.ts';
import { topicSchema, type Topic } from '../schemas/topic.ts';
import { releaseBodyText, textFingerprint, type ExistingRelease } from './existing-releases.ts';

export interface RegistryEntry<T> {
  id: string;
  data: T;
}

export interface ContentRegistry {
  agencies: RegistryEntry<Agency>[];
  people: RegistryEntry<Person>[];
  topics: RegistryEntry<Topic>[];
  dialogues: RegistryEntry<Dialogue>[];
  /** The releases already in the archive. */
  releases: ExistingRelease[];
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A release file as the importer knows it: its id, frontmatter and the fingerprint of its text. */
export function existingRelease(file: string, mdx: string): ExistingRelease {
  const frontmatter = FRONTMATTER.exec(mdx);
  if (!frontmatter) throw new RegistryError(`${file} has no frontmatter between "---" lines.`);
  let data: unknown;
  try {
    data = parseYaml(frontmatter[1]!);
  } catch (error) {
    throw new RegistryError(`Cannot read the frontmatter of ${file}: ${(error as Error).message}`);
  }
  const body = releaseBodyText(mdx.slice(frontmatter[0].length));
  return { id: basename(file, '.mdx'), file, frontmatter: data as ReleaseFrontmatter, fingerprint: textFingerprint(body) };
}

/** The release files of a content folder. */
function readReleases(releasesDir: string): ExistingRelease[] {
  if (!existsSync(releasesDir)) return [];
  return readdirSync(releasesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => existingRelease(join(releasesDir, name), readFileSync(join(releasesDir, name), 'utf8')));
}

/** Reads and validates the four registries of a content folder (`content/` for the site), and lists its releases. */
export function loadContentRegistry(contentDir: string): ContentRegistry {
  return {
    agencies: readRegistry(join(contentDir, 'agencies.yaml'), agencySchema),
    people: readRegistry(join(contentDir, 'people.yaml'), personSchema),
    topics: readRegistry(join(contentDir, 'topics.yaml'), topicSchema),
    dialogues: readRegistry(join(contentDir, 'dialogues.yaml'), dialogueSchema(plainReference)),
    releases: readReleases(join(contentDir, 'releases')),
  };
}
