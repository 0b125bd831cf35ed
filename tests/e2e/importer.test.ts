/**
 * End to end: a release imported from a test text (a fictional seventh dialogue, labelled "TEST FIXTURE — not a real
 * release") into a copy of the content is found, once the site is built, on the timeline, on its dialogue page,
 * on the pages of its agencies and in search. Nothing is written to content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const FIXTURE = `${ROOT}tests/fixtures/importer/TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt`;
const SLUG = '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release';
const RELEASE = `/releases/${SLUG}/`;
const runDir = `${TEST_OUTPUT}importer-e2e-${process.pid}/`;
const content = `${runDir}content`;
const dist = `${runDir}dist/`;

let browser: Browser;
let server: StaticServer;

const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const linksTo = (path: string, href: string) => page(path)(`a[href="${href}"]`).length;

beforeAll(async () => {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  cpSync(`${ROOT}content`, content, { recursive: true });
  const imported = spawnSync(process.execPath, [`${ROOT}src/importer/cli.ts`, FIXTURE, '--content', content, '--add-unknown'], { cwd: ROOT, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import failed (${imported.status}):\n${imported.stdout}\n${imported.stderr}`);
  const built = await buildSite({ outDir: dist, contentDir: content });
  if (built.code !== 0) throw new Error(`astro build failed (${built.code}):\n${built.output}`);
  [browser, server] = await Promise.all([launchChromium(), serveStatic(dist)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  // Astro's cache (dist.cache/) is inside runDir too.
  rmSync(runDir, { recursive: true, force: true });
});

describe('an imported release, built', () => {
  it('has its page, with the text as written (MDX characters shown, debris gone)', () => {
    const $ = page(RELEASE);
    expect($('h1').text()).toBe('TEST FIXTURE Seventh U.S.-France Cyber Dialogue (not a real release)');
    const body = $('.release-body').text().replace(/\s+/g, ' ');
    expect(body).toContain('TEST FIXTURE — not a real release.');
    expect(body).toContain('the {quokkafixture} test marker & a bold claim that 2 < 3 > 1.');
    expect(body).not.toMatch(/Office of Website Management|<div|&nbsp;|&amp;/);
  });

  it('is on the timeline and on its dialogue page', () => {
    expect(linksTo('/dialogues/', '/dialogues/7/')).toBeGreaterThan(0);
    expect(linksTo('/dialogues/7/', RELEASE)).toBeGreaterThan(0);
    // The sixth dialogue it names was linked to, not duplicated: the timeline has seven dialogues, one per ordinal.
    const $ = page('/dialogues/');
    const dialogueLinks = new Set($('a').map((_, a) => $(a).attr('href')).get().filter((href) => /^\/dialogues\/\d+\/$/.test(href)));
    expect([...dialogueLinks].sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `/dialogues/${n}/`));
  });

  it('is on the pages of its agencies, including each of a compound phrase', () => {
    for (const agency of ['state', 'nsc', 'dod', 'dhs', 'doj', 'meae', 'anssi', 'interior-ministry']) {
      expect(linksTo(`/agencies/${agency}/`, RELEASE), agency).toBeGreaterThan(0);
    }
    expect(linksTo('/agencies/fcc/', RELEASE)).toBe(0);
  });

  it('is found by search', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}search/?q=quokkafixture`);
    await tab.getByRole('status').filter({ hasText: '1 result found for “quokkafixture”' }).waitFor({ timeout: 30_000 });
    const hrefs = await tab.getByRole('list', { name: 'Results' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(RELEASE);
    await context.close();
  });
});
