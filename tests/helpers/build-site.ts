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

/** Runs `astro build` as `npm run build` does, with the Node that runs the tests; resolves with its exit code and output. */
export function buildSite({ outDir, contentDir, base }: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  if (base) env.BASE = base;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', outDir], {
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
