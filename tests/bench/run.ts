/**
 * The benchmark: `npm run bench -- --sizes 100,1000,5000 [--seed N] [--words N] [--build-runs N] [--out DIR] [--keep] [--no-search]`.
 * For each size it writes a synthetic content folder, builds the site and a bare baseline with the same releases
 * (cold `--build-runs` times each, interleaved, then warm), measures the builds and a first search in Chromium, and writes a Markdown table and JSON.
 * Timings are measured, never asserted: the targets are reported ✓/✗.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_SITE } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { writeContentFolder, readRegistry } from './content-folder.ts';
import { measureDist, measureSearch, scanContentPageScripts, timedBuild, type BuildMeasure, type DistMeasure, type ScriptScan, type SearchMeasure, type SearchPage } from './measure.ts';
import { renderMarkdown, type SearchSample, type SiteResult, type SizeResult } from './report.ts';
import { sampleSearches, SEARCH_KINDS, type SearchKind } from './search-words.ts';
import { DEFAULT_SEED, generateSyntheticArchive } from './synthetic-content.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: TEST_OUTPUT },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    words: { type: 'string', default: '20' },
    'build-runs': { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes expects positive whole numbers, got "${values.sizes}"`);
const seed = Number(values.seed);
const wordCount = Number(values.words);
if (!Number.isInteger(wordCount) || wordCount < 0) throw new Error(`--words expects a whole number, got "${values.words}"`);
const buildRuns = Number(values['build-runs']);
if (!Number.isInteger(buildRuns) || buildRuns < 1) throw new Error(`--build-runs expects a positive whole number, got "${values['build-runs']}"`);

/** The searches of the benchmark: a word in about half the releases, a topic phrase, the word with an agency. */
export const SEARCHES: ReadonlyArray<{ name: SearchKind; query: string }> = [
  { name: 'one word', query: 'q=resilience' },
  { name: 'two words', query: 'q=critical+infrastructure' },
  { name: 'one word + agency filter', query: 'q=resilience&agency=anssi' },
];

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'src/build/cli.ts');
const BASELINE_ROOT = join(ROOT, 'tests/bench/baseline');

function buildEnv(contentDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', SITE: TEST_SITE, ARCHIVE_CONTENT_DIR: contentDir, TEST_ASTRO_CACHE_DIR: cacheDir };
}

function buildOurs(work: string, contentDir: string, run: string): Promise<BuildMeasure> {
  // As `npm run build` builds: `astro build`, then the search index (src/build/cli.ts).
  const args = [BUILD, '--outDir', join(work, 'ours-dist'), '--config', 'tests/helpers/astro.test.config.mjs'];
  return timedBuild(args, ROOT, buildEnv(contentDir, join(work, 'ours-cache/')), join(work, `ours-${run}.time`));
}

function buildBaseline(work: string, contentDir: string, run: string): Promise<BuildMeasure> {
  const args = [ASTRO, 'build', '--root', BASELINE_ROOT, '--outDir', join(work, 'baseline-dist')];
  return timedBuild(args, ROOT, buildEnv(contentDir, join(work, 'baseline-cache/')), join(work, `baseline-${run}.time`));
}

const log = (message: string) => console.log(`[bench] ${message}`);
/** The build of median time (the lower middle one of an even count). */
const medianBuild = (builds: BuildMeasure[]) => [...builds].sort((a, b) => a.seconds - b.seconds)[(builds.length - 1) >> 1]!;
const strip = ({ output: _, ...measure }: BuildMeasure) => measure;

async function searchBoth(oursDist: string, baselineDist: string, sampled: Record<SearchKind, string[]>) {
  const browser = await launchChromium();
  // Each site is served as a host that reads its `_headers` would serve it; the bare baseline has none.
  const served = (dist: string) => {
    const rules = existsSync(join(dist, '_headers')) ? readHeadersFile(dist) : [];
    return serveStatic(dist, { compress: true, headers: (path) => headersForPath(rules, path) });
  };
  const [ours, baseline] = await Promise.all([served(oursDist), served(baselineDist)]);
  const oursPage: SearchPage = { server: ours, status: '#search-status', done: /found/, firstResult: '#search-results > li' };
  const baselinePage: SearchPage = { server: baseline, status: '#status', done: /found/, firstResult: '#results > li' };
  /** A first search on each site, one after the other, never side by side: they would share the two cores. */
  const measureBoth = async (query: string) => ({
    ours: await measureSearch(browser, oursPage, `search/?${query}`),
    baseline: await measureSearch(browser, baselinePage, `search/?${query}`),
  });
  try {
    const results: Record<string, { ours: SearchMeasure; baseline: SearchMeasure }> = {};
    for (const search of SEARCHES) {
      const measured = await measureBoth(search.query);
      results[search.name] = measured;
      const line = (m: SearchMeasure) => `${m.totalBytes} B (Pagefind ${m.pagefindBytes}), first result in ${m.firstResultMs.toFixed(0)} ms (${m.results})`;
      log(`  search "${search.name}": ours ${line(measured.ours)}; baseline ${line(measured.baseline)}`);
    }
    const samples: Partial<Record<SearchKind, SearchSample>> = {};
    for (const kind of SEARCH_KINDS) {
      const queries = sampled[kind];
      if (queries.length === 0) continue;
      const sample: SearchSample = { queries, ours: [], baseline: [], oursPagefind: [], baselinePagefind: [], oursFirstResultMs: [], baselineFirstResultMs: [] };
      for (const query of queries) {
        const measured = await measureBoth(query);
        sample.ours.push(measured.ours.totalBytes);
        sample.baseline.push(measured.baseline.totalBytes);
        sample.oursPagefind.push(measured.ours.pagefindBytes);
        sample.baselinePagefind.push(measured.baseline.pagefindBytes);
        sample.oursFirstResultMs.push(measured.ours.firstResultMs);
        sample.baselineFirstResultMs.push(measured.baseline.firstResultMs);
      }
      samples[kind] = sample;
      log(`  ${queries.length} sampled searches "${kind}" measured`);
    }
    return { results, samples };
  } finally {
    await Promise.all([browser.close(), ours.close(), baseline.close()]);
  }
}

async function benchSize(size: number): Promise<SizeResult> {
  const work = join(TEST_OUTPUT, `bench-${size}`);
  rmSync(work, { recursive: true, force: true });
  const contentDir = join(work, 'content');
  const archive = generateSyntheticArchive(readRegistry(join(ROOT, 'content')), { releases: size, seed });
  writeContentFolder(join(ROOT, 'content'), contentDir, archive);
  log(`${size} synthetic releases written to ${contentDir}`);

  // Interleaved, so that a slow spell of the machine does not fall on one side only; several times, as one build
  // varies by ±10–25 % here, and judged by the medians (report.ts). Each cold build starts without a cache.
  const baselineColds: BuildMeasure[] = [];
  const oursColds: BuildMeasure[] = [];
  for (let run = 1; run <= buildRuns; run++) {
    for (const cache of ['baseline-cache', 'ours-cache']) rmSync(join(work, cache), { recursive: true, force: true });
    baselineColds.push(await buildBaseline(work, contentDir, `cold-${run}`));
    log(`  baseline cold build ${run}/${buildRuns} ${baselineColds.at(-1)!.seconds.toFixed(1)} s`);
    oursColds.push(await buildOurs(work, contentDir, `cold-${run}`));
    log(`  ours cold build ${run}/${buildRuns} ${oursColds.at(-1)!.seconds.toFixed(1)} s`);
  }
  const baselineCold = medianBuild(baselineColds);
  const oursCold = medianBuild(oursColds);
  const baselineWarm = await buildBaseline(work, contentDir, 'warm');
  log(`  baseline warm build ${baselineWarm.seconds.toFixed(1)} s`);
  const oursWarm = await buildOurs(work, contentDir, 'warm');
  log(`  ours warm build ${oursWarm.seconds.toFixed(1)} s`);

  const oursDist = join(work, 'ours-dist');
  const baselineDist = join(work, 'baseline-dist');
  const site = (cold: BuildMeasure, colds: BuildMeasure[], warm: BuildMeasure, dist: DistMeasure, scripts?: ScriptScan): SiteResult => ({
    cold: strip(cold),
    coldRuns: colds.map(({ seconds, treePeakBytes }) => ({ seconds, treePeakBytes })),
    warm: strip(warm),
    dist,
    pagesPerSecond: dist.htmlPages / cold.seconds,
    ...(scripts && { scripts }),
  });
  const sampled = sampleSearches(archive.releases, { count: wordCount, seed });
  const searched = values['no-search'] ? undefined : await searchBoth(oursDist, baselineDist, sampled);
  const result: SizeResult = {
    releases: size,
    totalReleases: size + 2,
    ours: site(oursCold, oursColds, oursWarm, measureDist(oursDist), scanContentPageScripts(oursDist)),
    baseline: site(baselineCold, baselineColds, baselineWarm, measureDist(baselineDist)),
    searches: searched?.results ?? {},
    ...(searched && Object.keys(searched.samples).length > 0 && { searchSamples: searched.samples }),
  };
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  return result;
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));

const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  seed,
  sizes,
};
mkdirSync(values.out, { recursive: true });
const markdown = renderMarkdown(meta, results);
writeFileSync(join(values.out, 'bench-results.md'), markdown);
writeFileSync(join(values.out, 'bench-results.json'), `${JSON.stringify({ meta, results }, null, 2)}\n`);
console.log(`\n${markdown}`);
log(`results written to ${join(values.out, 'bench-results.md')} and .json`);
