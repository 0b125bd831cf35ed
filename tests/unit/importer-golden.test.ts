/**
 * Golden tests: importing each seed reproduces the committed release file, so the importer and the content never drift.
 * One documented normalisation: the order of `topics`. The committed topics were chosen and ordered by hand; the importer
 * suggests the same set in the order of topics.yaml. Passing the confirmed topics (`topics` option, `--topics`) gives
 * the committed file byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { importRelease, type ImportOptions } from '../../src/importer/import-release.ts';
import { ROOT, SEEDS } from '../helpers/paths.ts';

const registry = loadContentRegistry(`${ROOT}content`);

const CASES: Array<{ seed: string; committed: string; options: Omit<ImportOptions, 'fileName'> }> = [
  {
    seed: '000_04e67a5f582b5571.txt',
    committed: '2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy',
    options: {},
  },
  {
    seed: '002_6796348b8b3ec285.txt',
    committed: 'undated-sixth-us-france-cyber-dialogue',
    // The 2024 seed has no title line: the title and its source are given, as the committed file has them.
    options: {
      title: 'Sixth U.S.-France Cyber Dialogue',
      titleSource: { url: 'https://miragenews.com/sixth-us-france-cyber-dialogue-1195267', title: 'Republished copy of the note (Mirage News)' },
    },
  },
];

/** The topics of a release file, in order. */
function topicsOf(mdx: string): string[] {
  const block = /\ntopics:\n((?: {2}- .*\n)+)/.exec(mdx)![1]!;
  return block.trimEnd().split('\n').map((line) => line.replace(/^ {2}- /, ''));
}

/** The documented normalisation: topics sorted. */
function withSortedTopics(mdx: string): string {
  return mdx.replace(/\ntopics:\n((?: {2}- .*\n)+)/, (_m, block: string) => `\ntopics:\n${block.trimEnd().split('\n').sort().join('\n')}\n`);
}

describe.each(CASES)('importing $seed', ({ seed, committed, options }) => {
  const raw = readFileSync(`${SEEDS}${seed}`, 'utf8');
  const expected = readFileSync(`${ROOT}content/releases/${committed}.mdx`, 'utf8');

  it('gives the committed slug and needs nothing added to the registries', () => {
    const result = importRelease(raw, registry, { fileName: seed, ...options });
    expect(result.slug).toBe(committed);
    expect(result.additions).toEqual({ agencies: [], people: [], dialogues: [] });
  });

  it('reproduces the committed file, topics compared regardless of order', () => {
    const { mdx } = importRelease(raw, registry, { fileName: seed, ...options });
    expect(withSortedTopics(mdx)).toBe(withSortedTopics(expected));
  });

  it('suggests exactly the committed topics', () => {
    const { mdx, toConfirm } = importRelease(raw, registry, { fileName: seed, ...options });
    expect([...topicsOf(mdx)].sort()).toEqual([...topicsOf(expected)].sort());
    expect(toConfirm.some((line) => line.startsWith('Topics suggested from the text, to confirm'))).toBe(true);
  });

  it('reproduces the committed file byte for byte with the confirmed topics', () => {
    const { mdx } = importRelease(raw, registry, { fileName: seed, ...options, topics: topicsOf(expected) });
    expect(mdx).toBe(expected);
  });
});
