import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingRelease, loadContentRegistry, RegistryError } from '../../src/importer/content-registry.ts';
import { textFingerprint } from '../../src/importer/existing-releases.ts';
import { ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'content-registry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadContentRegistry', () => {
  it('reads the registries with the site\'s schemas, and the releases with their text\'s fingerprint', () => {
    const registry = loadContentRegistry(`${ROOT}content`);
    expect(registry.dialogues.find((entry) => entry.id === 'sixth')?.data.ordinal).toBe(6);
    expect(registry.releases.map((release) => release.id)).toEqual(['2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy', 'undated-sixth-us-france-cyber-dialogue']);
    expect(registry.releases[1]!.frontmatter.titleSource?.url).toBe('https://miragenews.com/sixth-us-france-cyber-dialogue-1195267');
  });

  it('names the file and the entry of an invalid registry', () => {
    const copy = join(work, 'broken');
    cpSync(`${ROOT}content`, copy, { recursive: true });
    writeFileSync(join(copy, 'people.yaml'), 'someone:\n  name: Someone\n  country: de\n');
    expect(() => loadContentRegistry(copy)).toThrow(RegistryError);
    expect(() => loadContentRegistry(copy)).toThrow(/people\.yaml: someone\.country: expected "us" or "fr"/);
  });
});

describe('existingRelease', () => {
  it('reads a release file: id, frontmatter, fingerprint of the text a reader sees', () => {
    const release = existingRelease('releases/r.mdx', '---\ntitle: T\n---\n\nLed by <Person id="a">Ann</Person>.\n');
    expect(release).toEqual({ id: 'r', file: 'releases/r.mdx', frontmatter: { title: 'T' }, fingerprint: textFingerprint('Led by Ann.') });
    expect(() => existingRelease('releases/r.mdx', 'no frontmatter')).toThrow(/has no frontmatter/);
  });
});
