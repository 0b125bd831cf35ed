/**
 * A search that matches many releases loads the first ten and offers the rest on demand,
 * so that its cost does not grow with the number of matches. Built over synthetic content.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry, writeContentFolder } from '../bench/content-folder.ts';
import { generateSyntheticArchive } from '../bench/synthetic-content.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { indexedPages } from '../helpers/pagefind-fragments.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { UNDATED_DAY } from '../../src/lib/search-order.ts';

const RELEASES = 27;
/** Pagefind loads its index and wasm on first use: give it time, but wait for what the page says, not a clock. */
const POLL = { timeout: 15_000 };
const work = `${TEST_OUTPUT}search-many-${process.pid}/`;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const archive = generateSyntheticArchive(readRegistry(`${ROOT}content`), { releases: RELEASES, seed: 7 });
  writeContentFolder(`${ROOT}content`, `${work}content`, archive);
  const build = await buildSite({ outDir: `${work}dist/`, contentDir: `${work}content` });
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(`${work}dist/`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a search with many results', () => {
  it('shows ten, says how many there are, and loads the rest ten at a time', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=synthetic`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), POLL).toBe(`${RELEASES} releases found for “synthetic”.`);
    const results = page.locator('#search-results > li');
    expect(await results.count()).toBe(10);

    const more = page.getByRole('button', { name: 'Show 10 more of 17 remaining' });
    await more.press('Enter');
    await expect.poll(() => results.count(), POLL).toBe(20);
    // Focus moves to the first new result, so keyboard users carry on reading there.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);

    await page.getByRole('button', { name: 'Show 7 more of 7 remaining' }).click();
    await expect.poll(() => results.count(), POLL).toBe(RELEASES);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    const titles = await results.locator('h3').allTextContents();
    expect(new Set(titles).size).toBe(RELEASES);
    await page.close();
  });

  it('fetches the page data of the first ten results only', async () => {
    const page = await browser.newPage();
    const fragments: string[] = [];
    page.context().on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.goto(`${server.url}search/?q=synthetic`);
    await expect.poll(() => page.getByRole('status').textContent(), POLL).toContain(`${RELEASES} releases found`);
    expect(fragments).toHaveLength(10);
    await page.close();
  });

  it('without words, lists every match newest first, ten at a time', async () => {
    // Every release with a U.S. delegation, and the day each is filed under, as the index holds them.
    const pages = indexedPages(`${work}dist/`).filter((page) => page.filters.country?.includes('us'));
    const dayOf = new Map(pages.map((page) => [page.url, page.filters.day![0]!]));
    expect(pages.length).toBeGreaterThan(20);

    const page = await browser.newPage();
    await page.goto(`${server.url}search/?country=us`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), POLL).toBe(`${pages.length} releases found with 1 filter.`);
    const results = page.locator('#search-results > li');
    expect(await results.count()).toBe(10);
    while (await page.locator('#search-more').isVisible()) {
      const before = await results.count();
      await page.locator('#search-more').click();
      await expect.poll(() => results.count(), POLL).toBeGreaterThan(before);
    }
    const paths = await results.locator('h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect([...paths].sort()).toEqual([...dayOf.keys()].sort());
    const days = paths.map((path) => dayOf.get(path)!);
    const newestFirst = [...days].sort((a, b) => (a === UNDATED_DAY ? 1 : b === UNDATED_DAY ? -1 : b.localeCompare(a)));
    expect(days).toEqual(newestFirst);
    await page.close();
  });
});
