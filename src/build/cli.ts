/**
 * `npm run build`: `astro build`, then the search index over the pages it wrote.
 *
 * Pagefind runs once Astro's process has ended, not in an `astro:build:done` hook: Astro ends its build holding
 * its memory (about 2.6 GB resident at 5,000 releases), and Pagefind's process (about 1.1 GB) would run beside it.
 * One after the other, the build never needs more than the larger of the two. Arguments go to `astro build`
 * (`--outDir`, `--config`, `--site`…); the index is written to `<outDir>/pagefind/`, `dist/pagefind/` by default.
 *
 *   node src/build/cli.ts [astro build options]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from './search-index.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The output folder `astro build` is given (`--outDir dir` or `--outDir=dir`); Astro's default, `dist`, otherwise. */
export function outDirOf(args: readonly string[]): string {
  // Not strict: every other option is astro build's to read.
  const { outDir } = parseArgs({ args: [...args], options: { outDir: { type: 'string' } }, strict: false, allowPositionals: true }).values;
  return typeof outDir === 'string' ? outDir : 'dist';
}

async function main(args: string[]): Promise<number> {
  const code = await new Promise<number | null>((done, fail) => {
    const astro = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit' });
    astro.on('error', fail);
    astro.on('close', done);
  });
  if (code !== 0) return code ?? 1;
  const { pageCount, outputPath, seconds } = await writeSearchIndex(resolve(outDirOf(args)));
  console.log(`[search-index] Read ${pageCount} pages; search index written to ${outputPath} in ${seconds.toFixed(2)}s.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
