/**
 * The repository alone is enough: a copy of the files git tracks, in a temporary folder with nothing beside it (no
 * ../shared), passes the tests that read the seeds: the importer's golden and command-line tests. The build
 * tests that read them (release-pages) do so from content/sources/ under the project root; no tracked file names a
 * folder outside the repository. (It needs no build of its own; it sits with the build tests, which run beside it.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const SEED_TESTS = ['tests/unit/importer-golden.test.ts', 'tests/unit/importer-cli.test.ts'];
const THIS_FILE = 'tests/build/repository-alone.test.ts';
let work: string;
let copy: string;
let tracked: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repository-alone-'));
  copy = join(work, 'repository');
  tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((file) => file !== '' && existsSync(join(ROOT, file)));
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  // What `npm ci` would install; the repository's own files are the copy's.
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a copy of the repository alone', () => {
  it('has the seeds, and nothing beside it', () => {
    expect(SEED_TESTS.every((file) => tracked.includes(file))).toBe(true);
    expect(tracked.filter((file) => file.startsWith('content/sources/'))).toHaveLength(2);
    expect(existsSync(join(work, 'shared'))).toBe(false);
  });

  it('passes the tests that read the seeds', () => {
    const result = spawnSync(process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', ...SEED_TESTS], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Test Files {2}2 passed \(2\)/);
  });

  it('names no folder outside itself in any tracked file', () => {
    const outside = tracked.filter((file) => !file.startsWith('tests/fixtures/') && file !== THIS_FILE && /\.\.\/shared|shared\/seeds/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(outside).toEqual([]);
  });
});
