import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, TEST_OUTPUT } from './paths.ts';

const BUILD_LOCK = `${TEST_OUTPUT}astro-build.lock`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `task` while no other test build runs. Every build writes the project's `.astro/` folder (Astro does not
 * let it move), which lists the content modules of the build; two builds of different content at once would
 * bundle each other's files. A lock file held by a process that is gone (a killed run) is taken over.
 */
async function oneBuildAtATime<T>(task: () => Promise<T>): Promise<T> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  for (;;) {
    try {
      const fd = openSync(BUILD_LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: number;
      try {
        owner = Number(readFileSync(BUILD_LOCK, 'utf8') || 0);
      } catch {
        continue; // released between our attempt and this read
      }
      if (owner && !isRunning(owner)) rmSync(BUILD_LOCK, { force: true });
      else await sleep(200);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(BUILD_LOCK, { force: true });
  }
}

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface BuildOptions {
  outDir: string;
  /** A content folder to build instead of `content/`. */
  contentDir?: string;
  /** The sub-path to build under (Astro's `base`). */
  base?: string;
  /** The public origin (SITE); TEST_SITE unless given; `null` builds with none, as a build that forgot it. */
  site?: string | null;
}

/** The public origin test builds are made for: never localhost, so that a build test can find any left over. */
export const TEST_SITE = 'https://example.org';

/**
 * Builds the site as `npm run build` does (`astro build`, then the search index: src/build/cli.ts), with the site's
 * config and the Node that runs the tests; resolves with its exit code and output. Astro's cache goes beside the
 * output (`<outDir>.cache/`), so builds never share it, and builds run one at a time.
 */
export function buildSite({ outDir, contentDir, base, site = TEST_SITE }: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE: site ?? undefined,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    TEST_ASTRO_CACHE_DIR: `${outDir.replace(/\/+$/, '')}.cache/`,
  };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  if (base) env.BASE = base;
  const args = ['--outDir', outDir, '--config', 'tests/helpers/astro.test.config.mjs'];
  return oneBuildAtATime(() => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}src/build/cli.ts`, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  }));
}
