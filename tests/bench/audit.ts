/**
 * `npm run audit [-- --dist DIR] [--base /sub/] [--runs N]`: Lighthouse 12 (its default mobile emulation and
 * simulated throttling) in Debian's Chromium, over a built site served as a static host serves it (text gzip-compressed,
 * with the headers of its `_headers` file): the home page, a release, the agencies, the timeline and a search.
 * Prints the four category scores and the core web vitals of each page (with `--runs N`, the run with the median
 * performance score). A measurement, never a test: scores that depend on timing vary from run to run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, ensureChromium } from '../helpers/chromium.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';
import { ROOT } from '../helpers/paths.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { median } from './measure.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist') },
    base: { type: 'string', default: '/' },
    runs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive whole number, got "${values.runs}"`);
if (!existsSync(join(values.dist, 'index.html'))) {
  throw new Error(`No built site in ${values.dist}: run \`npm run build\` first (or pass --dist).`);
}

/** The first release page of the build, in file-name order. */
function aReleasePage(dist: string): string {
  const first = readdirSync(join(dist, 'releases'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0];
  if (!first) throw new Error(`The build in ${dist} has no release page.`);
  return `releases/${first}/`;
}

const PAGES = ['', aReleasePage(values.dist), 'agencies/', 'dialogues/', 'search/?q=ANSSI'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The core web vitals a lab run measures (INP needs a person: Total Blocking Time stands for it), and First Contentful Paint. */
const METRICS = [
  ['LCP', 'largest-contentful-paint'],
  ['CLS', 'cumulative-layout-shift'],
  ['TBT', 'total-blocking-time'],
  ['FCP', 'first-contentful-paint'],
] as const;

interface PageAudit {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<(typeof METRICS)[number][0], string>;
}

/** Starts Chromium with a DevTools port of its choosing, with the flags the tests use; resolves with the port. */
function startChromium(): Promise<{ chromium: ChildProcess; port: number }> {
  ensureChromium();
  const chromium = spawn(CHROMIUM_PATH, ['--headless', '--remote-debugging-port=0', ...CHROMIUM_FLAGS, 'about:blank']);
  return new Promise((resolve, reject) => {
    let output = '';
    chromium.on('error', reject);
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it opened its DevTools port:\n${output}`)));
    chromium.stderr!.on('data', (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ chromium, port: Number(port) });
    });
  });
}

const rules = readHeadersFile(values.dist);
// Each response with the headers `_headers` gives its path, as a host that reads the file sends them.
const server = await serveStatic(values.dist, { base: values.base, compress: true, headers: (path) => headersForPath(rules, path) });
const { chromium, port } = await startChromium();
try {
  const rows: string[] = [];
  for (const path of PAGES) {
    const audits: PageAudit[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
      const { categories, audits: byId, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${runtimeError.message}`);
      audits.push({
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as PageAudit['scores'],
        metrics: Object.fromEntries(METRICS.map(([name, id]) => [name, byId[id]?.displayValue ?? 'n/a'])) as PageAudit['metrics'],
      });
    }
    const middle = median(audits.map((audit) => audit.scores.performance));
    const chosen = audits.reduce((best, audit) => (Math.abs(audit.scores.performance - middle) < Math.abs(best.scores.performance - middle) ? audit : best));
    const all = runs > 1 ? ` (performance over ${runs} runs: ${audits.map((audit) => audit.scores.performance).join(', ')})` : '';
    rows.push(
      `| /${path} | ${CATEGORIES.map((id) => chosen.scores[id]).join(' | ')} | ${METRICS.map(([name]) => chosen.metrics[name]).join(' | ')} |${all}`,
    );
    console.log(`[audit] /${path} done`);
  }
  console.log(
    [
      '',
      `Lighthouse 12, mobile emulation, simulated throttling; ${values.dist} served at ${server.url}.`,
      '',
      `| page | ${CATEGORIES.join(' | ')} | ${METRICS.map(([name]) => name).join(' | ')} |`,
      `|---|${CATEGORIES.map(() => '--:').join('|')}|${METRICS.map(() => '--:').join('|')}|`,
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  chromium.kill();
  await server.close();
}
