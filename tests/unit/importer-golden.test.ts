/**
 * Golden tests: importing each seed (the raw file kept in content/sources/) reproduces the committed release file,
 * so the importer and the content never drift. One documented normalisation: the order of `topics`. The committed
 * topics were chosen and ordered by hand; the importer suggests the same set in the order of topics.yaml. Passing
 * the confirmed topics (`topics` option, `--topics`) gives the committed file byte for byte; so does importing over
 * the committed file, whose confirmed topics are kept.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContentRegistry, type ContentRegistry } from '../../src/importer/content-registry.ts';
import { importRelease, type ImportOptions } from '../../src/importer/import-release.ts';
import { sha256 } from '../../src/lib/source-files.ts';
import { ROOT } from '../helpers/paths.ts';

const archive = loadContentRegistry(`${ROOT}content`);
const withoutReleases: ContentRegistry = { ...archive, releases: [] };

const CASES: Array<{ committed: string; options: ImportOptions }> = [
  { committed: '2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy', options: {} },
  {
    committed: 'undated-sixth-us-france-cyber-dialogue',
    // The 2024 seed has no title line: the title and its source are given, as the committed file has them.
    options: {
      title: 'Sixth U.S.-France Cyber Dialogue',
      titleSource: { url: 'https://miragenews.com/sixth-us-france-cyber-dialogue-1195267', title: 'Republished copy of the note (Mirage News)' },
    },
  },
];

/** The frontmatter of a release file. */
function frontmatterOf(mdx: string): { topics: string[]; source: { file: string; path: string; sha256: string } } {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!);
}

/** The documented normalisation: topics sorted. */
function withSortedTopics(mdx: string): string {
  return mdx.replace(/\ntopics:\n((?: {2}- .*\n)+)/, (_m, block: string) => `\ntopics:\n${block.trimEnd().split('\n').sort().join('\n')}\n`);
}

/** The body of a release file: what follows the frontmatter. */
const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

describe.each(CASES)('importing the raw file of $committed', ({ committed, options }) => {
  const expected = readFileSync(`${ROOT}content/releases/${committed}.mdx`, 'utf8');
  const { source, topics } = frontmatterOf(expected);
  const raw = { fileName: source.file, bytes: readFileSync(`${ROOT}content/${source.path}`) };

  it('finds the raw file in the repository, unchanged since it was imported', () => {
    expect(source.path).toBe(`sources/${committed}.txt`);
    expect(sha256(raw.bytes)).toBe(source.sha256);
  });

  it('gives the committed slug and needs nothing added to the registries', () => {
    const result = importRelease(raw, withoutReleases, options);
    expect(result.slug).toBe(committed);
    expect(result.additions).toEqual({ agencies: [], people: [], dialogues: [] });
  });

  it('reproduces the committed file, topics compared regardless of order, and suggests exactly its topics', () => {
    const { mdx, notes } = importRelease(raw, withoutReleases, options);
    expect(withSortedTopics(mdx)).toBe(withSortedTopics(expected));
    expect(notes.check.some((line) => line.startsWith('Topics suggested from the text, to confirm'))).toBe(true);
  });

  it('reproduces the committed file byte for byte with the confirmed topics', () => {
    expect(importRelease(raw, withoutReleases, { ...options, topics }).mdx).toBe(expected);
  });

  it('over the committed file: finds it, is no duplicate of it, keeps its confirmed topics and writes it again', () => {
    const result = importRelease(raw, archive, options);
    expect(result.existing?.id).toBe(committed);
    expect(result.mdx).toBe(expected);
  });
});

describe('the 2018 seed re-saved in other encodings and as a web page', () => {
  const committed = readFileSync(`${ROOT}content/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.mdx`, 'utf8');
  const text = readFileSync(`${ROOT}content/sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt`, 'utf8');
  const utf16be = (value: string) => new Uint8Array(Buffer.from(value, 'utf16le').swap16());
  const page = (value: string) => {
    const [title, ...rest] = value.trim().split('\n').filter((line) => line.trim() !== '');
    const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<!DOCTYPE html><html><head><title>${escape(title!)}</title><script>var tracker = 1;</script></head><body><nav><a href="/">Home</a></nav><main><h1>${escape(title!)}</h1>${rest.map((line) => `<p>${escape(line)}</p>`).join('\n')}</main><footer>Site footer</footer></body></html>`;
  };
  it.each([
    ['UTF-8 with a byte-order mark and CRLF', 'seed.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))])],
    ['UTF-16 little-endian with a byte-order mark', 'seed.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 big-endian with a byte-order mark', 'seed.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['a saved web page', 'seed.html', Buffer.from(page(text))],
  ])('%s: the same title, header and text', (_what, fileName, bytes) => {
    const { mdx } = importRelease({ fileName, bytes: new Uint8Array(bytes) }, withoutReleases, { topics: frontmatterOf(committed).topics });
    expect(bodyOf(mdx)).toBe(bodyOf(committed));
    const fields = (value: string) => {
      const { source: _source, ...rest } = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(value)![1]!);
      return rest;
    };
    expect(fields(mdx)).toEqual(fields(committed));
  });
});
