import { mkdirSync } from 'node:fs';
import { buildSite } from '../helpers/build-site.ts';
import { ensureChromium } from '../helpers/chromium.ts';
import { DIST, DIST_SUBPATH, SUBPATH_BASE, TEST_OUTPUT } from '../helpers/paths.ts';

/** Once per test run: Chromium present, the site built at the root and under a sub-path. */
export default async function setup(): Promise<void> {
  ensureChromium();
  mkdirSync(TEST_OUTPUT, { recursive: true });
  for (const options of [{ outDir: DIST }, { outDir: DIST_SUBPATH, base: SUBPATH_BASE }]) {
    const result = await buildSite(options);
    if (result.code !== 0) {
      throw new Error(`astro build (${options.outDir}) failed with exit code ${result.code}:\n${result.output}`);
    }
  }
}
