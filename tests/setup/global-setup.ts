import { mkdirSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import '../helpers/builds.ts';
import { ensureChromium } from '../helpers/chromium.ts';
import { ensureNginx } from '../helpers/nginx.ts';
import { SUBPATH_BASE, TEST_OUTPUT } from '../helpers/paths.ts';

/** This run's builds: the site at the root and under a sub-path. */
interface RunBuilds {
  runDir: string;
  dist: string;
  distSubpath: string;
}

async function buildOnce(): Promise<RunBuilds> {
  const runDir = `${TEST_OUTPUT}run-${process.pid}/`;
  mkdirSync(runDir, { recursive: true });
  const dist = `${runDir}dist/`;
  const distSubpath = `${runDir}dist-subpath/`;
  for (const options of [{ outDir: dist }, { outDir: distSubpath, base: SUBPATH_BASE }]) {
    const result = await buildSite(options);
    if (result.code !== 0) {
      throw new Error(`astro build (${options.outDir}) failed with exit code ${result.code}:\n${result.output}`);
    }
  }
  return { runDir, dist, distSubpath };
}

/** Shared by the projects that use this setup (each runs it in the main process): the site is built once per run. */
const shared = globalThis as { archiveTestBuilds?: Promise<RunBuilds> };

/**
 * Once per test run: Chromium and nginx present, the site built at the root and under a sub-path,
 * into a folder of this run's own (so `dist/` and concurrent runs are left alone).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  ensureChromium();
  ensureNginx();
  const { runDir, dist, distSubpath } = await (shared.archiveTestBuilds ??= buildOnce());
  project.provide('dist', dist);
  project.provide('distSubpath', distSubpath);
  // Teardown runs after every test file of every project has finished.
  return () => rmSync(runDir, { recursive: true, force: true });
}
