/**
 * The search over a synthetic archive (the real content plus 27 made-up releases, and the made-up agencies, people,
 * topics and dialogues they refer to): large enough for many results and for filter counts that differ. A search
 * that matches many pages loads the first ten and offers the rest on demand; what a filter value shows is what
 * ticking it gives.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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
const work = `${TEST_OUTPUT}search-synthetic-${process.pid}/`;
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

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('#search-results > li');

/** Waits for a search's count, with the page done with it (results and counts drawn), and returns the count. */
async function settled(page: Page): Promise<number> {
  await expect.poll(() => status(page).textContent(), POLL).toMatch(/found/);
  await expect.poll(() => page.locator('#search-results-section').getAttribute('aria-busy'), POLL).toBeNull();
  const text = (await status(page).textContent()) ?? '';
  return text.startsWith('No results') ? 0 : Number(/^(\d+)/.exec(text)![1]);
}

const filterGroup = (page: Page, key: string) => page.locator(`details.filter-group[data-filter="${key}"]`);

/** Opens a filter (a filter in use is open already) and waits for its counts. */
async function openFilter(page: Page, key: string): Promise<void> {
  if ((await filterGroup(page, key).getAttribute('open')) === null) await filterGroup(page, key).locator('summary').click();
  await filterGroup(page, key).locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(POLL);
}

/** The values of an open filter with what each shows. */
function values(page: Page, key: string): Promise<{ value: string; count: number; checked: boolean; disabled: boolean }[]> {
  return filterGroup(page, key)
    .locator('input[type="checkbox"]')
    .evaluateAll((boxes) =>
      (boxes as HTMLInputElement[]).map((box) => ({
        value: box.value,
        count: Number(/\d+/.exec(box.closest('label')!.querySelector('.count')!.textContent ?? '')?.[0] ?? Number.NaN),
        checked: box.checked,
        disabled: box.disabled,
      })),
    );
}

describe('a search with many results', () => {
  it('shows ten, says how many there are, and loads the rest ten at a time', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=synthetic&kind=release`);
    await expect.poll(() => status(page).textContent(), POLL).toBe(`${RELEASES} results found for “synthetic” with 1 filter.`);
    expect(await results(page).count()).toBe(10);

    const more = page.getByRole('button', { name: 'Show 10 more of 17 remaining' });
    await more.press('Enter');
    await expect.poll(() => results(page).count(), POLL).toBe(20);
    // Focus moves to the first new result, so keyboard users carry on reading there.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);

    await page.getByRole('button', { name: 'Show 7 more of 7 remaining' }).click();
    await expect.poll(() => results(page).count(), POLL).toBe(RELEASES);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    const titles = await results(page).locator('h3').allTextContents();
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
    expect(await settled(page)).toBeGreaterThan(RELEASES);
    expect(fragments).toHaveLength(10);
    await page.close();
  });

  it('without words, lists every match newest first, a day’s releases before its other pages', async () => {
    // Every page with a U.S. delegation or of the U.S., and the day each is filed under, as the index holds them.
    const pages = indexedPages(`${work}dist/`).filter((page) => page.filters.country?.includes('us'));
    const dayOf = new Map(pages.map((page) => [page.url, page.filters.day![0]!]));
    const kindOf = new Map(pages.map((page) => [page.url, page.filters.kind![0]!]));
    expect(pages.length).toBeGreaterThan(20);

    const page = await browser.newPage();
    await page.goto(`${server.url}search/?country=us`);
    await expect.poll(() => status(page).textContent(), POLL).toBe(`${pages.length} results found with 1 filter.`);
    expect(await results(page).count()).toBeGreaterThanOrEqual(10);
    while (await page.locator('#search-more').isVisible()) {
      const before = await results(page).count();
      await page.locator('#search-more').click();
      await expect.poll(() => results(page).count(), POLL).toBeGreaterThan(before);
    }
    const paths = await results(page).locator('h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect([...paths].sort()).toEqual([...dayOf.keys()].sort());
    const days = paths.map((path) => dayOf.get(path)!);
    const newestFirst = [...days].sort((a, b) => (a === UNDATED_DAY ? 1 : b === UNDATED_DAY ? -1 : b.localeCompare(a)));
    expect(days).toEqual(newestFirst);
    for (let i = 1; i < paths.length; i++) {
      if (days[i] === days[i - 1] && kindOf.get(paths[i]!) === 'release') expect(kindOf.get(paths[i - 1]!), paths[i]).toBe('release');
    }
    await page.close();
  });
});

describe('filters over many pages', () => {
  it('show for each value exactly the count that ticking it gives, within a filter in use and across filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=synthetic&kind=release`);
    await settled(page);
    for (const key of ['kind', 'agency', 'year', 'type']) {
      await openFilter(page, key);
      const offered = (await values(page, key)).filter((value) => !value.checked && !value.disabled);
      // Values of different counts: the counts differ, and each is checked.
      const tried = offered.filter((value, i) => offered.findIndex((other) => other.count === value.count) === i).slice(0, 3);
      expect(tried.length, key).toBeGreaterThan(key === 'type' || key === 'kind' ? 0 : 1);
      for (const value of tried) {
        const before = page.url();
        await filterGroup(page, key).locator(`input[value="${value.value}"]`).check();
        await page.waitForURL((url) => url.href !== before, POLL);
        expect(await settled(page), `${key}=${value.value}`).toBe(value.count);
        await page.goBack();
        await page.waitForURL(before, POLL);
        await settled(page);
        await openFilter(page, key);
      }
    }
    await page.close();
  });

  it('never let a value that would give nothing be ticked, and clear every filter at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=synthetic&kind=release`);
    await settled(page);
    // A year with few releases (but enough for their agencies to differ): most agencies then have none.
    await openFilter(page, 'year');
    const fewest = (await values(page, 'year')).filter((value) => value.count >= 3).sort((a, b) => a.count - b.count)[0]!;
    await filterGroup(page, 'year').locator(`input[value="${fewest.value}"]`).check();
    const narrowed = await settled(page);
    expect(narrowed).toBe(fewest.count);
    await openFilter(page, 'agency');
    const unavailable = (await values(page, 'agency')).filter((value) => value.disabled);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const value of unavailable) expect(value.count).toBe(0);
    expect((await values(page, 'agency')).every((value) => value.disabled === (value.count === 0))).toBe(true);
    // Clicking one does nothing: no new search.
    const before = page.url();
    await filterGroup(page, 'agency').locator(`input[value="${unavailable[0]!.value}"]`).click({ force: true });
    expect(page.url()).toBe(before);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    expect(await settled(page)).toBeGreaterThan(narrowed);
    expect(new URL(page.url()).search).toBe('?q=synthetic');
    await page.close();
  });

  it('leave out the filters that cannot change the results', async () => {
    const page = await browser.newPage();
    // Topic pages only: each is its own topic, and no topic page has an agency, a country, a year, a type or a dialogue.
    await page.goto(`${server.url}search/?q=synthetic&kind=topic`);
    expect(await settled(page)).toBeLessThanOrEqual(10);
    const shown = await page.locator('details.filter-group:visible').evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset.filter));
    expect(shown).toEqual(['kind', 'topic']);
    await page.close();
  });
});
