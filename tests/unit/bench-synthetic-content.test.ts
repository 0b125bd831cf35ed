import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../bench/content-folder.ts';
import { generateSyntheticArchive, registryYaml, releaseMdx } from '../bench/synthetic-content.ts';
import type { ArchiveContent, Entry, ReleaseEntry } from '../../src/lib/archive-content.ts';
import { findContentProblems } from '../../src/lib/integrity.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { dialogueSchema } from '../../src/schemas/dialogue.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { releaseSchema } from '../../src/schemas/release.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { ROOT } from '../helpers/paths.ts';

const CONTENT = join(ROOT, 'content');
const registry = readRegistry(CONTENT);
const archive = generateSyntheticArchive(registry, { releases: 50, seed: 7 });

/** A registry file as the site reads it: the real file with the synthetic entries appended, through a schema. */
function registry_<T>(file: string, entries: Record<string, unknown>, schema: { parse(input: unknown): T }): Entry<T>[] {
  const all = parse(readFileSync(join(CONTENT, file), 'utf8') + registryYaml(entries)) as Record<string, unknown>;
  return Object.entries(all).map(([id, data]) => ({ id, data: schema.parse(data) }));
}

/** Splits an MDX file as Astro does: YAML 1.1 frontmatter (where a bare date would not stay a string), then the body. */
function readMdx(mdx: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!, { version: '1.1' }), body: match[2]! };
}

describe('the benchmark’s synthetic content', () => {
  it('is the same for the same seed, and differs for another', () => {
    const again = generateSyntheticArchive(registry, { releases: 50, seed: 7 });
    expect(again).toEqual(archive);
    expect(again.releases.map(releaseMdx)).toEqual(archive.releases.map(releaseMdx));
    const other = generateSyntheticArchive(registry, { releases: 50, seed: 8 });
    expect(other.releases[0]!.body).not.toBe(archive.releases[0]!.body);
  });

  it('is clearly synthetic, about as long as a real release, with 3 to 12 agencies', () => {
    for (const release of archive.releases) {
      expect(release.id).toMatch(/^synthetic-\d{4}-/);
      expect(release.data.title).toMatch(/^Synthetic release \d{4}/);
      const text = release.body.replace(/<[^>]+>/g, '');
      expect(text.length).toBeGreaterThan(2000);
      expect(text.length).toBeLessThan(3500);
      const agencies = release.data.delegations.us.agencies.length + release.data.delegations.fr.agencies.length;
      expect(agencies).toBeGreaterThanOrEqual(3);
      expect(agencies).toBeLessThanOrEqual(12);
    }
    for (const id of [...Object.keys(archive.agencies), ...Object.keys(archive.people), ...Object.keys(archive.dialogues)]) {
      expect(id).toMatch(/^synthetic-/);
    }
  });

  it('passes the release schema and the cross-entry checks with no problem', () => {
    const releases: ReleaseEntry[] = archive.releases.map((release) => {
      const { data, body } = readMdx(releaseMdx(release));
      return { id: release.id, data: releaseSchema(plainReference).parse(data), body };
    });
    const content: ArchiveContent = {
      releases,
      dialogues: Object.entries(archive.dialogues).map(([id, data]) => ({ id, data: dialogueSchema(plainReference).parse(data) })),
      agencies: registry_('agencies.yaml', archive.agencies, agencySchema),
      people: registry_('people.yaml', archive.people, personSchema),
      topics: registry_('topics.yaml', archive.topics, topicSchema),
    };
    expect(findContentProblems(content)).toEqual([]);
  });
});
