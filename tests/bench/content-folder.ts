/**
 * The benchmark's temporary content folder: copies of the real registry, releases and their raw files, plus the
 * synthetic archive.
 * `content/` itself is only read.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Country } from '../../src/schemas/country.ts';
import { registryYaml, releaseMdx, type RegistryInput, type SyntheticArchive } from './synthetic-content.ts';

/** The real agencies and topics the generator draws on, read from a content folder. */
export function readRegistry(contentDir: string): RegistryInput {
  const agencies = parse(readFileSync(join(contentDir, 'agencies.yaml'), 'utf8')) as Record<string, { name: string; country: Country }>;
  const topics = parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as Record<string, { phrases: string[] }>;
  return {
    agencies: Object.entries(agencies).map(([id, { name, country }]) => ({ id, name, country })),
    topics: Object.entries(topics).map(([id, { phrases }]) => ({ id, phrases })),
  };
}

/**
 * Writes a content folder the site can build: the real files (the real dialogues cite the real releases),
 * with the synthetic entries appended to each registry, and one MDX file per synthetic release.
 */
export function writeContentFolder(realContentDir: string, targetDir: string, archive: SyntheticArchive): void {
  mkdirSync(join(targetDir, 'releases'), { recursive: true });
  mkdirSync(join(targetDir, 'sources'), { recursive: true });
  const registries: Record<string, Record<string, unknown>> = {
    'agencies.yaml': archive.agencies,
    'people.yaml': archive.people,
    'topics.yaml': archive.topics,
    'dialogues.yaml': archive.dialogues,
  };
  for (const [file, entries] of Object.entries(registries)) {
    writeFileSync(join(targetDir, file), readFileSync(join(realContentDir, file), 'utf8') + registryYaml(entries));
  }
  // The other collections (other official versions of the real releases) as they are.
  for (const file of readdirSync(realContentDir)) {
    if (file.endsWith('.yaml') && !(file in registries)) copyFileSync(join(realContentDir, file), join(targetDir, file));
  }
  for (const file of readdirSync(join(realContentDir, 'releases'))) {
    if (file.endsWith('.mdx')) copyFileSync(join(realContentDir, 'releases', file), join(targetDir, 'releases', file));
  }
  for (const file of readdirSync(join(realContentDir, 'sources'))) copyFileSync(join(realContentDir, 'sources', file), join(targetDir, 'sources', file));
  for (const release of archive.releases) {
    writeFileSync(join(targetDir, 'releases', `${release.id}.mdx`), releaseMdx(release));
    writeFileSync(join(targetDir, release.data.source.path), release.sourceText);
  }
}
