import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

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
}

/**
 * Runs `astro build` with the site's config and the Node that runs the tests; resolves with its exit code and output.
 * Astro's cache goes beside the output (`<outDir>.cache/`), so builds never share it.
 */
export function buildSite({ outDir, contentDir, base }: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    TEST_ASTRO_CACHE_DIR: `${outDir.replace(/\/+$/, '')}.cache/`,
  };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  if (base) env.BASE = base;
  const args = ['build', '--outDir', outDir, '--config', 'tests/helpers/astro.test.config.mjs'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
