/**
 * The command line: bad input gets a clear answer, a non-zero exit and nothing written; unknown names are listed
 * with the lines that would add them, and added (marked needsReview) only with --add-unknown, on a copy of the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { ROOT, SEEDS } from '../helpers/paths.ts';

const FIXTURE = `${ROOT}tests/fixtures/importer/TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt`;
let work: string;
let content: string;
let out: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'importer-cli-'));
  content = join(work, 'content');
  out = join(work, 'out');
  cpSync(`${ROOT}content`, content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runImport(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [`${ROOT}src/importer/cli.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeInput(name: string, data: string | Uint8Array): string {
  const file = join(work, name);
  writeFileSync(file, data);
  return file;
}

const registryText = () => ['agencies', 'people', 'dialogues', 'topics'].map((name) => readFileSync(join(content, `${name}.yaml`), 'utf8')).join('\n');

describe('bad input: a clear error, a non-zero exit, nothing written', () => {
  const SIXTH = readFileSync(`${SEEDS}002_6796348b8b3ec285.txt`, 'utf8');
  it.each([
    ['an empty file', 'empty.txt', '', /empty\.txt is empty/],
    ['a file of white space', 'blank.txt', '\n  \n', /is empty/],
    ['a binary file', 'binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /is a binary file/],
    ['bytes that are not UTF-8', 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]), /is not UTF-8 text/],
    ['a title and nothing else', 'title-only.txt', 'Press Releases: Seventh U.S.-France Cyber Dialogue\n', /has a title \("Seventh U\.S\.-France Cyber Dialogue"\) but no text/],
    ['a release without any date', 'no-date.txt', 'A Title\n\nMedia Note\n\nThe United States and France held the seventh bilateral Cyber Dialogue in Paris this week, as a test.', /gives no date/],
    ['another partner country', 'japan.txt', 'Media Note\nOn March 1-2, 2024, the United States and Japan held the eighth U.S.-Japan Cyber Dialogue in Tokyo.', /not a release about the U\.S\.–France Cyber Dialogue: it is about a dialogue between the United States and Japan/],
    ['no title line', 'untitled.txt', SIXTH, /no title line.*--title "…"/s],
  ])('%s', (_what, name, data, message) => {
    const before = registryText();
    const result = runImport([writeInput(name, data), '--content', content, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(registryText()).toBe(before);
  });

  it('usage errors exit 2', () => {
    expect(runImport([]).code).toBe(2);
    expect(runImport([FIXTURE, '--document-type', 'memo']).code).toBe(2);
    expect(runImport([FIXTURE, '--bogus']).code).toBe(2);
  });
});

describe('unknown names', () => {
  const withUnknownAgency = () =>
    writeInput(
      'unknown-agency.txt',
      readFileSync(FIXTURE, 'utf8').replace('the National Security Council and the Departments', 'the National Security Council, the Bureau of Imaginary Affairs and the Departments'),
    );

  it('stops, lists every unknown name with the lines that would add it, and writes nothing', () => {
    const before = registryText();
    const result = runImport([withUnknownAgency(), '--content', content, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was written.');
    for (const line of ['bureau-of-imaginary-affairs:', '  name: Bureau of Imaginary Affairs', 'alex-placeholder:', 'camille-exemple:', 'seventh:', '  ordinal: 7', '  needsReview: true']) {
      expect(result.stderr).toContain(line);
    }
    expect(registryText()).toBe(before);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('with --add-unknown: adds them to the registries (needsReview) and writes a release that the schemas accept', () => {
    const copy = join(work, 'content-add');
    cpSync(content, copy, { recursive: true });
    const result = runImport([withUnknownAgency(), '--content', copy, '--add-unknown']);
    expect(result.code, result.stderr).toBe(0);
    const registry = loadContentRegistry(copy);
    expect(registry.agencies.find((entry) => entry.id === 'bureau-of-imaginary-affairs')?.data).toMatchObject({ name: 'Bureau of Imaginary Affairs', country: 'us', needsReview: true });
    expect(registry.people.find((entry) => entry.id === 'alex-placeholder')?.data).toEqual({ name: 'Alex Placeholder', country: 'us', needsReview: true });
    expect(registry.dialogues.find((entry) => entry.id === 'seventh')?.data).toMatchObject({
      ordinal: 7,
      dates: { precision: 'day-range', start: '2099-10-30', end: '2099-11-01' },
      place: { kind: 'city', city: 'Paris', country: 'fr' },
    });
    const written = readdirSync(join(copy, 'releases')).filter((name) => name.startsWith('2099-'));
    expect(written).toEqual(['2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release.mdx']);
    const mdx = readFileSync(join(copy, 'releases', written[0]!), 'utf8');
    expect(mdx).toContain('the <Agency id="bureau-of-imaginary-affairs">Bureau of Imaginary Affairs</Agency> and');
    expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!).delegations.us.agencies[2]).toEqual({ agency: 'bureau-of-imaginary-affairs' });
    // The earlier (sixth) dialogue the text names is linked to, not duplicated.
    expect(registry.dialogues.filter((entry) => entry.data.ordinal === 6).map((entry) => entry.id)).toEqual(['sixth']);
  });
});

describe('writing', () => {
  it('--dry-run prints the MDX and writes nothing; an existing file is replaced only with --force', () => {
    const copy = join(work, 'content-write');
    cpSync(content, copy, { recursive: true });
    const target = join(copy, 'releases', '2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.mdx');
    const committed = readFileSync(target, 'utf8');
    const seed = `${SEEDS}000_04e67a5f582b5571.txt`;

    const dry = runImport([seed, '--content', copy, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('title: United States and France Strengthen Relationship on Cyber Policy');

    writeFileSync(target, 'changed by hand\n');
    const refused = runImport([seed, '--content', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists\. Nothing was written\. Run again with --force/);
    expect(readFileSync(target, 'utf8')).toBe('changed by hand\n');

    const forced = runImport([seed, '--content', copy, '--force', '--topics', 'international-law-and-norms,domestic-cybersecurity,capacity-building,malicious-cyber-activity,terrorism-online,cybercrime']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(committed);
  });

  it('--topics must name topics whose phrases are in the text', () => {
    const result = runImport([`${SEEDS}000_04e67a5f582b5571.txt`, '--content', content, '--dry-run', '--topics', 'emerging-technologies']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"emerging-technologies" needs one of its phrases in the text/);
  });
});
