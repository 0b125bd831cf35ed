/**
 * The command line: every refusal gets its message, exit code 1 and nothing written; a path that is no readable
 * file or a wrong option gets one line and exit code 2; unknown names are listed with the lines that would add
 * them, and added (marked needsReview) only with --add-unknown; a dry run writes nothing and says when the target
 * exists; --force keeps a release's curated fields unless told otherwise. Runs `main` in-process on copies of the
 * content (and once as a real process, for the exit code's wiring).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/importer/cli.ts';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { cliArgs, IMPORTER_CASES, IMPORTER_FIXTURES } from '../helpers/importer-cases.ts';
import { ROOT } from '../helpers/paths.ts';

const FIXTURE = `${IMPORTER_FIXTURES}TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt`;
const SEED_2024 = `${ROOT}content/sources/undated-sixth-us-france-cyber-dialogue.txt`;
const RELEASE_2024 = 'undated-sixth-us-france-cyber-dialogue.mdx';
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'importer-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A fresh copy of the content folder. */
function contentCopy(name: string): string {
  const copy = join(work, name);
  cpSync(`${ROOT}content`, copy, { recursive: true });
  return copy;
}

/** Every file of a folder, with its bytes, to compare before and after a command. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** Runs the command in this process; its exit code and what it printed. */
function runImport(args: string[]): { code: number; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts) => void stdout.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts) => void stderr.push(parts.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
  const code = main(args);
  vi.restoreAllMocks();
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

function writeInput(name: string, data: string | Uint8Array): string {
  const file = join(work, name);
  writeFileSync(file, data);
  return file;
}

describe('refusals: the message, exit code 1, nothing written', () => {
  let content: string;
  beforeAll(() => {
    content = contentCopy('content-refusals');
  });

  it.each(IMPORTER_CASES.filter((each) => each.expect === 'refusal'))('$input: $what', (each) => {
    // A duplicate needs the release it repeats in the archive first.
    const archive = each.existing ? contentCopy(`content-${each.input}`) : content;
    for (const name of each.existing ?? []) {
      const first = runImport([`${IMPORTER_FIXTURES}${name}`, '--content', archive, '--add-unknown']);
      expect(first.code, first.stderr).toBe(0);
    }
    const before = snapshot(archive);
    const result = runImport([`${IMPORTER_FIXTURES}${each.input}`, '--content', archive, ...cliArgs(each.options)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(each.message!));
    expect(result.stderr).toContain('Nothing was written.');
    expect(snapshot(archive)).toEqual(before);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /empty\.txt is empty/],
    ['a file of white space', 'blank.txt', '\n  \n', /blank\.txt is empty/],
    ['bytes that are neither UTF-8 nor Windows-1252 text', 'controls.txt', new Uint8Array(Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /holds \d+ control characters/],
  ])('%s', (_what, name, data, message) => {
    const before = snapshot(content);
    const result = runImport([writeInput(name, data), '--content', content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(snapshot(content)).toEqual(before);
  });

  it('--any-partner imports a release about another partner all the same, saying so', () => {
    const japan = `${IMPORTER_FIXTURES}TEST-FIXTURE-refused-us-japan-dialogue.txt`;
    const result = runImport([japan, '--content', content, '--any-partner', '--add-unknown', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/To check:[\s\S]*Partner: .* pairs the United States with Japan, not France[\s\S]*Imported with --any-partner/);
  });
});

describe('a path that is no readable file, or a wrong option: one line, exit code 2', () => {
  it.each([
    ['a missing path', () => join(work, 'no-such-file.txt'), /no-such-file\.txt does not exist/],
    ['a folder', () => work, /is a folder, not a file/],
    ['a named pipe', () => {
      const pipe = join(work, 'a-pipe');
      if (!existsSync(pipe)) execFileSync('mkfifo', [pipe]);
      return pipe;
    }, /is not a regular file/],
  ])('%s', (_what, path, message) => {
    const result = runImport([path()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toHaveLength(1);
  });

  it('usage errors', () => {
    expect(runImport([]).code).toBe(2);
    expect(runImport([FIXTURE, '--document-type', 'memo']).code).toBe(2);
    expect(runImport([FIXTURE, '--bogus']).code).toBe(2);
    expect(runImport([FIXTURE, '--replace-curated']).code).toBe(2);
    expect(runImport([FIXTURE, '--title-source-title', 'A source']).code).toBe(2);
  });

  it('as a real process: the exit code and a message without a stack trace', () => {
    const result = spawnSync(process.execPath, [`${ROOT}src/importer/cli.ts`, work], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^\S+ is a folder, not a file\. Give the path of one release file inside it\.$/);
  });
});

describe('unknown names', () => {
  const withUnknownAgency = () =>
    writeInput(
      'TEST-FIXTURE-unknown-agency.txt',
      readFileSync(FIXTURE, 'utf8').replace('the National Security Council and the Departments', 'the National Security Council, the Bureau of Imaginary Affairs and the Departments'),
    );

  it('stops, lists every unknown name with the lines that would add it, and writes nothing', () => {
    const content = contentCopy('content-unknown');
    const before = snapshot(content);
    const result = runImport([withUnknownAgency(), '--content', content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was written.');
    for (const line of ['bureau-of-imaginary-affairs:', '  name: Bureau of Imaginary Affairs', 'alex-placeholder:', 'camille-exemple:', 'seventh:', '  ordinal: 7', '  needsReview: true']) {
      expect(result.stderr).toContain(line);
    }
    expect(snapshot(content)).toEqual(before);
  });

  it('with --add-unknown: adds them to the registries (needsReview), writes a release the schemas accept and keeps the raw file', () => {
    const content = contentCopy('content-add');
    const input = withUnknownAgency();
    const result = runImport([input, '--content', content, '--add-unknown']);
    expect(result.code, result.stderr).toBe(0);
    const registry = loadContentRegistry(content);
    expect(registry.agencies.find((entry) => entry.id === 'bureau-of-imaginary-affairs')?.data).toMatchObject({ name: 'Bureau of Imaginary Affairs', country: 'us', needsReview: true });
    expect(registry.people.find((entry) => entry.id === 'alex-placeholder')?.data).toEqual({ name: 'Alex Placeholder', country: 'us', needsReview: true });
    expect(registry.dialogues.find((entry) => entry.id === 'seventh')?.data).toMatchObject({
      ordinal: 7,
      dates: { precision: 'day-range', start: '2099-10-30', end: '2099-11-01' },
      place: { kind: 'city', city: 'Paris', country: 'fr' },
    });
    const slug = '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release';
    const mdx = readFileSync(join(content, 'releases', `${slug}.mdx`), 'utf8');
    expect(mdx).toContain('the <Agency id="bureau-of-imaginary-affairs">Bureau of Imaginary Affairs</Agency> and');
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!);
    expect(frontmatter.delegations.us.agencies[2]).toEqual({ agency: 'bureau-of-imaginary-affairs' });
    expect(frontmatter.source).toMatchObject({ file: 'TEST-FIXTURE-unknown-agency.txt', path: `sources/${slug}.txt` });
    expect(readFileSync(join(content, 'sources', `${slug}.txt`))).toEqual(readFileSync(input));
    // The earlier (sixth) dialogue the text names is linked to, not duplicated.
    expect(registry.dialogues.filter((entry) => entry.data.ordinal === 6).map((entry) => entry.id)).toEqual(['sixth']);
  });
});

describe('writing over an existing release', () => {
  it('--dry-run prints the report and the MDX, says the target exists, and writes nothing', () => {
    const content = contentCopy('content-dry');
    const before = snapshot(content);
    const dry = runImport([`${ROOT}content/sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt`, '--content', content, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Read from [\s\S]*\nDecided:\n[\s\S]*\nTo check:\n/);
    expect(dry.stdout).toContain('title: United States and France Strengthen Relationship on Cyber Policy');
    expect(dry.stdout).toMatch(/Would write \S+\.mdx \(it exists: writing it needs --force/);
    expect(snapshot(content)).toEqual(before);
  });

  it('an undated release over its own file: refused without --force; --force keeps the cited title source; --replace-curated drops it, saying so', () => {
    const content = contentCopy('content-force');
    const target = join(content, 'releases', RELEASE_2024);
    const committed = readFileSync(target, 'utf8');
    const title = ['--title', 'Sixth U.S.-France Cyber Dialogue'];

    const refused = runImport([SEED_2024, '--content', content, ...title]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists\. Nothing was written\. Run again with --force/);

    const forced = runImport([SEED_2024, '--content', content, ...title, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/the curated titleSource is kept/);
    expect(readFileSync(target, 'utf8')).toBe(committed);

    const replaced = runImport([SEED_2024, '--content', content, ...title, '--force', '--replace-curated']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/--replace-curated replaces the curated titleSource/);
    expect(readFileSync(target, 'utf8')).not.toContain('titleSource:');
  });

  it('--topics must name topics whose phrases are in the text', () => {
    const result = runImport([`${ROOT}content/sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt`, '--content', contentCopy('content-topics'), '--dry-run', '--topics', 'emerging-technologies']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"emerging-technologies" needs one of its phrases in the text/);
  });

  it('--out puts the release in another folder and its raw file beside it', () => {
    const out = join(work, 'elsewhere', 'releases');
    mkdirSync(out, { recursive: true });
    const result = runImport([FIXTURE, '--content', contentCopy('content-out'), '--out', out, '--add-unknown']);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release.mdx']);
    expect(readdirSync(join(work, 'elsewhere', 'sources'))).toEqual(['2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release.txt']);
  });
});
