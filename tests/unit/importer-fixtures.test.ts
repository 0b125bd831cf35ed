/**
 * The importer on its corpus of test inputs (tests/fixtures/importer/cases.yaml): layouts, encodings, saved pages,
 * date forms, sentence shapes, hostile characters, duplicates and refusals. What each import writes is pinned by its
 * golden file; each refusal by its message. (The command line's exit codes for the same refusals: importer-cli.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existingRelease, loadContentRegistry, type ContentRegistry } from '../../src/importer/content-registry.ts';
import { ImportError, importRelease } from '../../src/importer/import-release.ts';
import { IMPORTER_CASES, IMPORTER_FIXTURES, type ImporterCase } from '../helpers/importer-cases.ts';
import { ROOT } from '../helpers/paths.ts';

const content = loadContentRegistry(`${ROOT}content`);
// The real registries, and none of the real releases: each case is imported into an archive of its own.
const registry: ContentRegistry = { ...content, releases: [] };
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const input = (name: string) => ({ fileName: name, bytes: readFileSync(`${IMPORTER_FIXTURES}${name}`) });
const byInput = new Map(IMPORTER_CASES.map((each) => [each.input, each]));

/** The registry with the `existing` cases imported into it first. */
function registryFor(each: ImporterCase): ContentRegistry {
  const releases = (each.existing ?? []).map((name) => {
    const { slug, mdx } = importRelease(input(name), registry, byInput.get(name)!.options);
    return existingRelease(`releases/${slug}.mdx`, mdx);
  });
  return { ...registry, releases };
}

describe('the fixture corpus', () => {
  it('has at least 30 inputs, each labelled as test data in its name and on its first line', () => {
    expect(IMPORTER_CASES.length).toBeGreaterThanOrEqual(30);
    for (const { input: name } of IMPORTER_CASES) {
      expect(name).toMatch(/^TEST-FIXTURE-/);
      const bytes = readFileSync(`${IMPORTER_FIXTURES}${name}`);
      // The first line, in whatever encoding the file is in.
      const text = bytes[0] === 0xff ? new TextDecoder('utf-16le').decode(bytes) : bytes[0] === 0xfe ? new TextDecoder('utf-16be').decode(bytes) : name.includes('without-bom') ? new TextDecoder('utf-16le').decode(bytes) : new TextDecoder('windows-1252').decode(bytes);
      expect(text.replace(/^\uFEFF|^ï»¿/, '').split(/\r?\n/).find((line) => line.trim() !== ''), name).toMatch(/TEST FIXTURE/);
    }
  });
});

describe.each(IMPORTER_CASES.filter((each) => each.expect === 'import'))('$input: $what', (each) => {
  it('imports into the MDX of its golden file', () => {
    const { mdx } = importRelease(input(each.input), registryFor(each), each.options);
    const golden = `${IMPORTER_FIXTURES}${each.input}.expected.mdx`;
    if (UPDATE) writeFileSync(golden, mdx);
    expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(mdx).toBe(readFileSync(golden, 'utf8'));
  });
});

describe.each(IMPORTER_CASES.filter((each) => each.expect === 'refusal'))('$input: $what', (each) => {
  it('is refused, saying why', () => {
    let error: unknown;
    try {
      importRelease(input(each.input), registryFor(each), each.options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(new RegExp(each.message!));
  });
});
