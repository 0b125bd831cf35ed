/**
 * What the benchmark measures: a timed `astro build` (wall clock, peak memory), the size of a build,
 * the JavaScript its content pages ship, and a first search in Chromium (bytes transferred, time to results).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CountingStaticServer } from '../helpers/static-server.ts';

export interface BuildMeasure {
  seconds: number;
  /** Largest resident set of any one process of the build (GNU time's "Maximum resident set size"), bytes. */
  maxRssBytes: number | null;
  /** Largest sum of the resident sets of the build's process tree (Node and Pagefind), sampled every 100 ms, bytes. */
  treePeakBytes: number;
  /** At that peak, the resident set of each program of the tree, by name (`node`, `pagefind_…`), bytes. */
  treePeakByProgram: Record<string, number>;
  /** Pagefind's own indexing time, as the build logs it. */
  pagefindSeconds: number | null;
  output: string;
}

/** Reads the parent of every process once: pid → ppid. */
function parentsOf(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

/** The VmRSS (bytes) of a process and all its descendants, by program name, and their sum. */
function treeRss(root: number): { total: number; byProgram: Record<string, number> } {
  const parents = parentsOf();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) tree.add(pid), (grew = true);
  }
  let total = 0;
  const byProgram: Record<string, number> = {};
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      if (!rss) continue;
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? 'unknown';
      total += Number(rss[1]) * 1024;
      byProgram[name] = (byProgram[name] ?? 0) + Number(rss[1]) * 1024;
    } catch {
      // Ended.
    }
  }
  return { total, byProgram };
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <args>` (a build: the baseline's `astro build`, or ours, src/build/cli.ts) in `cwd` with `env`, under
 * GNU time when it is installed, and samples the process tree's memory while it runs. Throws with the build's output
 * when the build fails.
 */
export async function timedBuild(nodeArgs: string[], cwd: string, env: NodeJS.ProcessEnv, timeFile: string): Promise<BuildMeasure> {
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let treePeakBytes = 0;
  let treePeakByProgram: Record<string, number> = {};
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = treeRss(child.pid);
    if (sample.total > treePeakBytes) (treePeakBytes = sample.total), (treePeakByProgram = sample.byProgram);
  }, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${nodeArgs.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
  let maxRssBytes: number | null = null;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    if (match) maxRssBytes = Number(match[1]) * 1024;
  }
  const indexed = /search index written (?:to \S+ )?in ([\d.]+)s/.exec(output);
  return { seconds, maxRssBytes, treePeakBytes, treePeakByProgram, pagefindSeconds: indexed ? Number(indexed[1]) : null, output };
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files;
}

export interface DistMeasure {
  bytes: number;
  files: number;
  htmlPages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /**
   * Pagefind's word index chunks: how many, and the median size. A first search loads the chunk of each of its
   * words, so a chunk far from the median explains a search's bytes better than anything on the page does.
   */
  wordIndexChunks: { count: number; medianBytes: number };
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function measureDist(dist: string): DistMeasure {
  const files = filesUnder(dist);
  const size = (list: string[]) => list.reduce((total, file) => total + statSync(join(dist, file)).size, 0);
  const pagefind = files.filter((file) => file.startsWith('pagefind/'));
  const chunkSizes = pagefind.filter((file) => pagefindFileKind(`/${file}`) === 'word index').map((file) => statSync(join(dist, file)).size);
  return {
    bytes: size(files),
    files: files.length,
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    pagefindBytes: size(pagefind),
    pagefindFiles: pagefind.length,
    wordIndexChunks: { count: chunkSizes.length, medianBytes: median(chunkSizes) },
  };
}

export interface ScriptScan {
  pagesScanned: number;
  /** Pages (other than the search page) with a `<script>` that is not JSON-LD, and the bytes of JS they load. */
  pagesWithScripts: string[];
  scriptBytes: number;
}

/** Scans the built HTML for JavaScript: `<script>` elements other than JSON-LD data, on every page but the search page. */
export function scanContentPageScripts(dist: string, searchPage = 'search/index.html'): ScriptScan {
  const pages = filesUnder(dist).filter((file) => file.endsWith('.html') && file !== searchPage);
  const pagesWithScripts: string[] = [];
  let scriptBytes = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    let found = false;
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/type=["']?application\/ld\+json/i.test(match[1]!)) continue;
      found = true;
      const src = /src=["']([^"']+)["']/.exec(match[1]!)?.[1];
      const file = src && join(dist, src.replace(/^\//, ''));
      scriptBytes += file && existsSync(file) ? statSync(file).size : Buffer.byteLength(match[2]!);
    }
    if (found) pagesWithScripts.push(page);
  }
  return { pagesScanned: pages.length, pagesWithScripts, scriptBytes };
}

export interface SearchMeasure {
  /**
   * Bytes transferred for every request of the page and its workers, HTML and CSS included: response headers as the
   * browser reports them, bodies as the server sent them (the browser reports none for a web worker's script).
   */
  totalBytes: number;
  /** The part of it under /pagefind/: scripts, wasm, index chunks, filters, fragments. */
  pagefindBytes: number;
  requests: number;
  pagefindRequests: number;
  /** The Pagefind bytes by kind of file (`pagefindFileKind`): where the bytes of a search go. */
  pagefindByKind: Record<string, { bytes: number; requests: number }>;
  /** From the navigation's start until the page says the search is done. */
  milliseconds: number;
  /** From the navigation's start until the first result is on the page. */
  firstResultMs: number;
  results: string;
}

/**
 * What a file under /pagefind/ is, by Pagefind 1.x's layout: its code (script, worker, wasm), the entry and
 * meta files, filter chunks, word index chunks and page fragments.
 */
export function pagefindFileKind(pathname: string): string {
  const name = pathname.slice(pathname.lastIndexOf('/pagefind/') + '/pagefind/'.length);
  if (name.startsWith('filter/')) return 'filters';
  if (name.startsWith('index/')) return 'word index';
  if (name.startsWith('fragment/')) return 'fragments';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name === 'pagefind-entry.json') return 'entry';
  return 'code';
}

/** Where a site puts its results: the first match of `firstResult` is the first result shown. */
export interface SearchPage {
  server: CountingStaticServer;
  /** The element that says the search is done, and what it says then. */
  status: string;
  done: RegExp;
  firstResult: string;
}

/**
 * Opens a search URL (relative to the site) in a fresh browser context (nothing cached), waits until the page says
 * the search is done, and counts what was transferred and when the first result appeared.
 */
export async function measureSearch(browser: Browser, site: SearchPage, path: string): Promise<SearchMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The page's own clock, from the navigation's start, read when the first result is added.
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        (window as unknown as { firstResultMs: number }).firstResultMs = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, site.firstResult);
    // Playwright's events see the requests of Pagefind's web worker too, which the page's own CDP session does not.
    const pending: Promise<void>[] = [];
    const headerBytes = new Map<string, number>();
    const requestsByPath = new Map<string, number>();
    context.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      requestsByPath.set(pathname, (requestsByPath.get(pathname) ?? 0) + 1);
      pending.push(request.sizes().then((sizes) => void headerBytes.set(pathname, (headerBytes.get(pathname) ?? 0) + sizes.responseHeadersSize)));
    });
    const sentBefore = new Map(site.server.bodyBytesSent());
    const started = performance.now();
    await page.goto(`${site.server.url}${path}`);
    const status = page.locator(site.status).filter({ hasText: site.done });
    await status.waitFor({ timeout: 120_000 });
    const milliseconds = performance.now() - started;
    const results = (await status.textContent()) ?? '';
    const firstResultMs = await page.evaluate(() => (window as unknown as { firstResultMs?: number }).firstResultMs ?? Number.NaN);
    // Let the last responses' events arrive.
    await page.waitForTimeout(300);
    await Promise.all(pending);
    let totalBytes = 0;
    let pagefindBytes = 0;
    let requests = 0;
    let pagefindRequests = 0;
    const pagefindByKind: SearchMeasure['pagefindByKind'] = {};
    for (const [pathname, count] of requestsByPath) {
      const bytes = (headerBytes.get(pathname) ?? 0) + (site.server.bodyBytesSent().get(pathname) ?? 0) - (sentBefore.get(pathname) ?? 0);
      totalBytes += bytes;
      requests += count;
      if (!pathname.includes('/pagefind/')) continue;
      pagefindBytes += bytes;
      pagefindRequests += count;
      const kind = (pagefindByKind[pagefindFileKind(pathname)] ??= { bytes: 0, requests: 0 });
      kind.bytes += bytes;
      kind.requests += count;
    }
    return { totalBytes, pagefindBytes, requests, pagefindRequests, pagefindByKind, milliseconds, firstResultMs, results };
  } finally {
    await context.close();
  }
}
