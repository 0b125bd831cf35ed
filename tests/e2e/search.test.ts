import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { foldSpace } from '../helpers/dist-pages.ts';
import { indexedPages } from '../helpers/pagefind-fragments.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { serveSite } from '../helpers/site-server.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const R2018 = 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const R2024 = 'releases/undated-sixth-us-france-cyber-dialogue/';
/** Long enough for a first load of Pagefind on a busy machine; the tests wait for text, never for time. */
const WAIT = { timeout: 30_000 };

let browser: Browser;
let server: StaticServer;
let subpathServer: StaticServer;

beforeAll(async () => {
  [browser, server, subpathServer] = await Promise.all([
    launchChromium(),
    serveSite(distDir()),
    serveSite(distSubpathDir(), { base: SUBPATH_BASE }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), subpathServer?.close()]);
});

/** Errors thrown in the pages under test; each test ends with none. */
const pageErrors: string[] = [];

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

async function openPage(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Words to search for' });
const liveRegion = (page: Page) => page.getByRole('status');

/** Waits until the live region announces this text (a string it contains, or a pattern). */
async function announced(page: Page, text: string | RegExp): Promise<void> {
  await liveRegion(page).filter({ hasText: text }).waitFor(WAIT);
}

/** Types words into the search field and presses Enter, then waits for the results to be announced. */
async function searchFor(page: Page, words: string): Promise<void> {
  await searchBox(page).fill(words);
  await searchBox(page).press('Enter');
  await announced(page, `found for “${words.replace(/^"(.*)"$/, '$1')}”`);
}

/** The number of results the live region announces. */
async function announcedCount(page: Page): Promise<number> {
  const text = (await liveRegion(page).textContent()) ?? '';
  return text.startsWith('No results') ? 0 : Number(/^(\d+) results? found/.exec(text)?.[1] ?? Number.NaN);
}

/** A result as the page shows it. */
interface Shown {
  /** Its link, relative to the site's base. */
  path: string;
  heading: string;
  /** The first part of its facts line: its kind. */
  kind: string;
  reasons: string[];
  quotes: string | null;
  excerpt: string;
  marked: string[];
  /** True when shown apart (a quoted phrase's results found through names). */
  apart: boolean;
  headingLevel: number;
}

/** The results on view, in the order shown: the main list, then those shown apart. */
async function shownResults(page: Page, base = '/'): Promise<Shown[]> {
  const shown = await page.locator('#search-results > li, #search-other-list > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('h3 a, h4 a')!;
      return {
        href: link.getAttribute('href') ?? '',
        heading: link.textContent ?? '',
        kind: (item.querySelector('.result-facts')?.textContent ?? '').split(' · ')[0] ?? '',
        reasons: [...item.querySelectorAll('.result-reason')].map((reason) => reason.textContent ?? ''),
        quotes: item.querySelector('.result-quotes')?.textContent ?? null,
        excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
        marked: [...item.querySelectorAll('.result-excerpt mark')].map((mark) => mark.textContent ?? ''),
        apart: item.closest('#search-other-list') !== null,
        headingLevel: Number(link.parentElement!.tagName.slice(1)),
      };
    }),
  );
  return shown.map(({ href, ...rest }) => ({ ...rest, path: href.startsWith(base) ? href.slice(base.length) : href }));
}

const paths = (results: Shown[]) => results.map((result) => result.path);

/** Words without case or punctuation. */
const words = (text: string) => foldSpace(text).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** True when every word of `excerpt` occurs in `text`, in the same order. */
function inOrder(excerpt: string, text: string): boolean {
  const textWords = words(text);
  let at = 0;
  for (const word of words(excerpt)) {
    at = textWords.indexOf(word, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** The kind a result's link says it is, by the folder of its URL. */
const KIND_OF_FOLDER: Record<string, string> = { releases: 'Release', dialogues: 'Dialogue', agencies: 'Agency', people: 'Delegation lead', topics: 'Topic' };

/** The text of a built page's main content as a reader reads it: elements apart, scripts and styles aside. */
function mainText(path: string): string {
  const html = readFileSync(join(distDir(), path, 'index.html'), 'utf8').replace(/</g, ' <');
  const $ = load(html);
  $('script, style').remove();
  return $('main').text();
}

/** What every search shows: kinds that match the links, and excerpts made of the linked page's own words, in order. */
function expectTruthful(results: Shown[]): void {
  for (const result of results) {
    expect(result.kind, result.path).toBe(KIND_OF_FOLDER[result.path.split('/')[0]!]);
    const pageText = mainText(result.path);
    expect(inOrder(result.excerpt, pageText), `${result.path}: “${result.excerpt}”`).toBe(true);
  }
}

describe('search covers the whole archive and says why each result matched', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
    await page.goto(`${server.url}search/`);
  });
  afterAll(() => page.context().close());

  it('“FBI”: the releases first, then the agency and the dialogues, each found through a name its text does not say', async () => {
    await searchFor(page, 'FBI');
    const results = await shownResults(page);
    expect(paths(results).slice(0, 2).sort()).toEqual([R2018, R2024]);
    expect(paths(results).sort()).toEqual([R2018, R2024, 'agencies/fbi/', 'dialogues/2/', 'dialogues/6/'].sort());
    for (const result of results) {
      expect(result.marked, result.path).toEqual([]);
      expect(result.reasons.join(), result.path).toMatch(/FBI/);
    }
    expect(results.find((result) => result.path === R2018)!.reasons).toEqual(['Matched the U.S. delegation: Federal Bureau of Investigation (FBI)']);
    expect(results.find((result) => result.path === 'agencies/fbi/')!.reasons).toEqual(['Acronym: FBI']);
    expectTruthful(results);
  });

  it('“CISA”: the 2024 release first, then the agency and its dialogue', async () => {
    await searchFor(page, 'CISA');
    const results = await shownResults(page);
    expect(paths(results)[0]).toBe(R2024);
    expect(paths(results).sort()).toEqual([R2024, 'agencies/cisa/', 'dialogues/6/'].sort());
    expect(results[0]!.reasons).toEqual(['Matched the U.S. delegation: Cybersecurity and Infrastructure Security Agency (CISA)']);
    expectTruthful(results);
  });

  it('“ANSSI”: the 2018 release by its text, the 2024 one by its delegation, never by the lists of a page', async () => {
    await searchFor(page, 'ANSSI');
    const results = await shownResults(page);
    expect(paths(results).slice(0, 2).sort()).toEqual([R2018, R2024]);
    expect(paths(results).sort()).toEqual([R2018, R2024, 'agencies/anssi/', 'dialogues/2/', 'dialogues/6/'].sort());
    const older = results.find((result) => result.path === R2018)!;
    expect(older.marked).toEqual(['(ANSSI),']);
    expect(older.reasons).toEqual([]);
    const newer = results.find((result) => result.path === R2024)!;
    expect(newer.reasons).toEqual(['Matched the French delegation: National Cybersecurity Agency (ANSSI)']);
    expect(newer.excerpt).not.toContain('ANSSI');
    for (const result of results) expect(result.excerpt, result.path).not.toMatch(/\(\w+\)\. \(\w+\)|Agence nationale/);
    expectTruthful(results);
  });

  it('"Ministry of Home Affairs": the release that quotes it first, marked so; those found through another name apart', async () => {
    await searchFor(page, '"Ministry of Home Affairs"');
    await announced(page, '5 results found for “Ministry of Home Affairs”: 1 quotes it.');
    const results = await shownResults(page);
    const quoting = results.filter((result) => !result.apart);
    expect(paths(quoting)).toEqual([R2024]);
    expect(quoting[0]!.quotes).toBe('Quotes “Ministry of Home Affairs”');
    expect(quoting[0]!.marked).toEqual(['Ministry', 'of', 'Home', 'Affairs,']);
    const apart = results.filter((result) => result.apart);
    expect(paths(apart).sort()).toEqual([R2018, 'agencies/interior-ministry/', 'dialogues/2/', 'dialogues/6/'].sort());
    for (const result of apart) {
      // Never highlighted as if it were quoted: the reason line says which name holds the phrase.
      expect(result.marked, result.path).toEqual([]);
      expect(result.quotes, result.path).toBeNull();
      expect(result.reasons.join(), result.path).toContain('“Ministry of Home Affairs”');
      expect(result.headingLevel, result.path).toBe(4);
    }
    expect(apart.find((result) => result.path === R2018)!.reasons).toEqual(['Lists the Ministry of the Interior, also written “Ministry of Home Affairs”']);
    await expect(page.locator('#other-results-heading').textContent()).resolves.toBe('Found through other names, not quoting “Ministry of Home Affairs”');
    expectTruthful(results);
  });

  it('"U.S. Department of State": the 2018 release and a lead’s titles quote it; the rest are apart', async () => {
    await searchFor(page, '"U.S. Department of State"');
    const results = await shownResults(page);
    expect(paths(results.filter((result) => !result.apart)).sort()).toEqual(['people/robert-strayer/', R2018]);
    expect(paths(results.filter((result) => result.apart)).sort()).toEqual([R2024, 'agencies/state/', 'dialogues/2/', 'dialogues/6/'].sort());
    expect(results.find((result) => result.path === R2024)!.reasons).toEqual(['Lists the Department of State, also written “U.S. Department of State”']);
    expectTruthful(results);
  });

  it('“Markoff”: the lead of the fourth dialogue, and that dialogue', async () => {
    await searchFor(page, 'Markoff');
    const results = await shownResults(page);
    expect(paths(results)).toEqual(['people/michele-markoff/', 'dialogues/4/']);
    expect(results[1]!.reasons).toEqual(['Matched the U.S. delegation: led by Michele Markoff']);
    expectTruthful(results);
  });

  it.each([
    ['ransomware', ['topics/cybercrime/', 'dialogues/4/']],
    ['5G', ['topics/emerging-technologies/', 'dialogues/3/']],
  ])('“%s”: found in what the sources report of a dialogue and in a topic’s description', async (query, expected) => {
    await searchFor(page, query);
    const results = await shownResults(page);
    expect(paths(results).sort()).toEqual([...expected].sort());
    for (const result of results) expect(result.marked.join(' ').toLowerCase(), result.path).toContain(query.toLowerCase());
    expectTruthful(results);
  });

  it('“cybercrime”: the pages whose words say it before those that only list it as a topic', async () => {
    await searchFor(page, 'cybercrime');
    const results = await shownResults(page);
    expect(paths(results).sort()).toEqual([R2018, R2024, 'topics/cybercrime/', 'dialogues/4/', 'dialogues/2/', 'dialogues/6/'].sort());
    const byText = results.filter((result) => result.marked.length > 0);
    expect(paths(byText).sort()).toEqual([R2018, R2024, 'topics/cybercrime/', 'dialogues/4/'].sort());
    expect(paths(results.slice(0, byText.length)).sort()).toEqual(paths(byText).sort());
    for (const result of results.slice(byText.length)) expect(result.reasons).toEqual(['Matched the topic: Cybercrime']);
    expectTruthful(results);
  });

  it('finds a French name typed with or without its accents, and words around punctuation', async () => {
    for (const query of ['Ministère de l’Intérieur', 'Ministere de lInterieur']) {
      await searchFor(page, query);
      const results = await shownResults(page);
      expect(paths(results), query).toContain('agencies/interior-ministry/');
      expect(results.find((result) => result.path === R2018)!.reasons, query).toContain('Matched the French delegation: Ministry of the Interior, in French «Ministère de l\'Intérieur»');
    }
  });

  it('shows each result’s kind, heading and facts', async () => {
    await searchFor(page, 'ODNI');
    const results = await shownResults(page);
    const release = results.find((result) => result.path === R2018)!;
    expect(release.heading).toBe('United States and France Strengthen Relationship on Cyber Policy');
    await expect(page.locator(`#search-results a[href="/${R2018}"]`).locator('xpath=../..').locator('.result-facts').textContent()).resolves.toBe(
      'Release · February 9, 2018 · Second U.S.–France Cyber Dialogue',
    );
    await searchFor(page, 'Liesyl');
    await expect(page.locator(`#search-results a[href="/${R2024}"]`).locator('xpath=../..').locator('.result-facts').textContent()).resolves.toBe(
      'Release · date of issue not stated in the source · Sixth U.S.–France Cyber Dialogue',
    );
    await expect(page.locator('#search-results a[href="/dialogues/6/"]').locator('xpath=../..').locator('.result-facts').textContent()).resolves.toBe(
      'Dialogue · March 11–12, 2024 · Washington, D.C., United States',
    );
  });

  it('says so when nothing matches, and points to the timeline, the agencies and the topics', async () => {
    await searchFor(page, 'xylophone');
    await announced(page, 'No results found for “xylophone”.');
    expect(await shownResults(page)).toEqual([]);
    const help = page.locator('#search-no-results');
    await expect(help.isVisible()).resolves.toBe(true);
    for (const [name, href] of [
      ['the timeline of the dialogues', '/dialogues/'],
      ['the agencies', '/agencies/'],
      ['the topics', '/topics/'],
    ]) {
      await expect(help.getByRole('link', { name: name! }).getAttribute('href')).resolves.toBe(href);
    }
  });

  it('announces the count in a live region after each search', async () => {
    const region = liveRegion(page);
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await searchFor(page, 'NIST');
    const first = await region.textContent();
    await searchFor(page, 'CISA');
    const second = await region.textContent();
    expect([first, second]).toEqual(['5 results found for “NIST”.', '3 results found for “CISA”.']);
  });
});

/** A filter's disclosure on the search page, by its name ("Year"). */
const filterGroup = (page: Page, name: string) => page.locator('details.filter-group').filter({ has: page.locator('summary', { hasText: name }) });

/** Opens a filter (unless it is open: a filter in use opens by itself), as a person clicks its name, and waits for its values to be counted. */
async function openFilter(page: Page, name: string): Promise<void> {
  if ((await filterGroup(page, name).getAttribute('open')) === null) await filterGroup(page, name).locator('summary').click();
  await filterGroup(page, name).locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(WAIT);
}

/** The values of an open filter: each with its label, count, whether ticked, and whether it can be ticked. */
async function filterValues(page: Page, name: string): Promise<{ label: string; count: number; checked: boolean; disabled: boolean }[]> {
  return filterGroup(page, name)
    .locator('li')
    .evaluateAll((items) =>
      items.map((item) => {
        const box = item.querySelector('input')!;
        return {
          label: item.querySelector('label span')!.textContent ?? '',
          count: Number(/\d+/.exec(item.querySelector('.count')!.textContent ?? '')?.[0] ?? Number.NaN),
          checked: box.checked,
          disabled: box.disabled,
        };
      }),
    );
}

/** The visible filters, by name. */
async function visibleFilters(page: Page): Promise<string[]> {
  return page.locator('details.filter-group:visible summary').evaluateAll((summaries) => summaries.map((summary) => summary.firstChild?.textContent?.trim() ?? ''));
}

/**
 * Ticks values the filter offers, one at a time (at most `limit`, those with different counts first), and checks that
 * the search then finds exactly the count the value showed; then goes back to the search. Returns how many were tried.
 */
async function expectCountsPredict(page: Page, name: string, limit = 3): Promise<number> {
  let tried = 0;
  const tickable = (await filterValues(page, name)).filter((value) => !value.checked && !value.disabled);
  const counts = new Set<number>();
  const firstOfEachCount = tickable.filter((value) => !counts.has(value.count) && counts.add(value.count));
  for (const value of [...firstOfEachCount, ...tickable.filter((value) => !firstOfEachCount.includes(value))].slice(0, limit)) {
    const box = filterGroup(page, name).getByRole('checkbox', { name: new RegExp(`^${value.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) });
    const before = page.url();
    await box.check();
    await page.waitForURL((url) => url.href !== before, WAIT);
    await liveRegion(page).filter({ hasText: /found/ }).waitFor(WAIT);
    await expect.poll(() => page.locator('#search-results-section').getAttribute('aria-busy'), WAIT).toBeNull();
    expect(await announcedCount(page), `${name}: ${value.label}`).toBe(value.count);
    await page.goBack();
    await page.waitForURL(before, WAIT);
    await expect.poll(() => box.isChecked(), WAIT).toBe(false);
    await filterGroup(page, name).locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(WAIT);
    tried += 1;
  }
  return tried;
}

describe('filters', () => {
  it('predict what ticking a value gives: alternatives within a filter, narrowing across filters', async () => {
    const page = await openPage();
    // The case: with FBI ticked, ticking CISA as well gives the results of either.
    await page.goto(`${server.url}search/?q=FBI&agency=fbi`);
    await announced(page, 'found for “FBI” with 1 filter.');
    await openFilter(page, 'Agency');
    const cisa = (await filterValues(page, 'Agency')).find((value) => value.label.endsWith('(CISA)'))!;
    expect(cisa.count).toBe(5);
    expect(await expectCountsPredict(page, 'Agency')).toBe(3);
    await openFilter(page, 'Kind of page');
    expect(await expectCountsPredict(page, 'Kind of page')).toBe(3);
    await page.context().close();
  });

  it('show a value that would give nothing as unavailable, which cannot be ticked', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=ODNI`);
    await announced(page, 'found for “ODNI”.');
    await openFilter(page, 'Year');
    const values = await filterValues(page, 'Year');
    expect(values.find((value) => value.label === '2024')).toEqual({ label: '2024', count: 0, checked: false, disabled: true });
    expect(values.find((value) => value.label === '2018')).toMatchObject({ disabled: false });
    await expect(filterGroup(page, 'Year').getByRole('checkbox', { name: /2024/ }).isDisabled()).resolves.toBe(true);
    await page.context().close();
  });

  it('leave out a filter that cannot change the results, and say how many filters are in use', async () => {
    const page = await openPage();
    // Both releases are media notes with both delegations: country and type cannot tell them apart.
    await page.goto(`${server.url}search/?q=cybercrime&kind=release`);
    await announced(page, '2 results found for “cybercrime” with 1 filter.');
    await expect.poll(() => visibleFilters(page), WAIT).toEqual(['Kind of page', 'Agency', 'Topic', 'Year', 'Dialogue']);
    await page.context().close();
  });

  it('list the values in use, each removable, with “Clear all filters”', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=cybercrime&agency=anssi&year=2024`);
    await announced(page, '2 results found for “cybercrime” with 2 filters.');
    const chosen = page.getByRole('list', { name: 'Filtered by:' });
    await expect(chosen.getByRole('button').allTextContents()).resolves.toEqual(['Agency: National Cybersecurity Agency (ANSSI)', 'Year: 2024']);
    await chosen.getByRole('button', { name: 'Remove the filter Year: 2024' }).click();
    await announced(page, 'found for “cybercrime” with 1 filter.');
    expect(new URL(page.url()).search).toBe('?q=cybercrime&agency=anssi');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await announced(page, '6 results found for “cybercrime”.');
    expect(new URL(page.url()).search).toBe('?q=cybercrime');
    await expect(page.locator('#search-chosen').isHidden()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('with no result, offer to remove each filter, saying what that gives', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=Markoff&year=2018`);
    await announced(page, 'No results found for “Markoff” with 1 filter.');
    const removal = page.getByRole('list', { name: 'Or remove a filter:' }).getByRole('button');
    await expect(removal.allTextContents()).resolves.toEqual(['Remove Year: 2018 (2 results)']);
    await removal.click();
    await announced(page, '2 results found for “Markoff”.');
    await page.context().close();
  });

  it('a filter opened before any search counts every page', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await announced(page, 'Type words to search for');
    await openFilter(page, 'Kind of page');
    const counts = Object.fromEntries((await filterValues(page, 'Kind of page')).map((value) => [value.label, value.count]));
    // Every page of each kind, as the index holds them.
    const expected: Record<string, number> = {};
    for (const indexed of indexedPages(distDir())) {
      const label = KIND_OF_FOLDER[indexed.url.split('/')[1]!]!;
      expected[label] = (expected[label] ?? 0) + 1;
    }
    expect(counts).toEqual(expected);
    expect(counts.Release).toBe(2);
    await page.context().close();
  });

  it('work without words, newest first, a day’s releases before its other pages', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?dialogue=6`);
    await announced(page, '2 results found with 1 filter.');
    expect(paths(await shownResults(page))).toEqual([R2024, 'dialogues/6/']);
    await page.context().close();
  });
});

describe('filter values, fetched when a filter is about to be opened', () => {
  const VALUES = '/search/filter-values/';

  it('are not in the page; focusing a filter fetches its values, once', async () => {
    const page = await openPage();
    const fetched: string[] = [];
    page.context().on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(VALUES)) fetched.push(path);
    });
    await page.goto(`${server.url}search/?q=cybercrime`);
    await announced(page, 'found for “cybercrime”.');
    expect(fetched).toEqual([]);
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);

    // Reaching a filter's name with Tab fetches its values, so that they are there when Enter opens it.
    await filterGroup(page, 'Topic').locator('summary').focus();
    await filterGroup(page, 'Topic').locator('input[type="checkbox"]').first().waitFor({ state: 'attached', ...WAIT });
    expect(fetched).toEqual([`${VALUES}topic.json`]);
    await openFilter(page, 'Topic');
    await filterGroup(page, 'Topic').locator('summary').click();
    await openFilter(page, 'Topic');
    expect(fetched).toEqual([`${VALUES}topic.json`]);
    await page.context().close();
  });

  it('keep a chosen value when a new search is made before its filter has drawn them', async () => {
    const page = await openPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${VALUES}**`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}search/?q=cybercrime&agency=anssi`);
    await searchBox(page).fill('ANSSI');
    await searchBox(page).press('Enter');
    await page.waitForURL(/q=ANSSI/, WAIT);
    expect(new URL(page.url()).searchParams.getAll('agency')).toEqual(['anssi']);

    release();
    await announced(page, 'found for “ANSSI” with 1 filter.');
    await expect(page.getByRole('checkbox', { name: /\(ANSSI\)/ }).isChecked()).resolves.toBe(true);
    await page.context().close();
  });

  it('that fail to load leave the search working, and are fetched again when the filter is next opened', async () => {
    const page = await openPage();
    let failures = 1;
    await page.route(`**${VALUES}**`, (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(`${server.url}search/?q=cybercrime&year=2018`);
    await announced(page, '2 results found for “cybercrime” with 1 filter.');
    await expect(filterGroup(page, 'Year').getByRole('checkbox').count()).resolves.toBe(0);

    await filterGroup(page, 'Year').locator('summary').click();
    await openFilter(page, 'Year');
    await expect(page.getByRole('checkbox', { name: '2018 (2)' }).isChecked()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the search lives in the URL', () => {
  it('a shared URL restores the words, the filters and the results', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=cybercrime&kind=release&year=2024`);
    await announced(page, '1 result found for “cybercrime” with 2 filters.');
    await expect(searchBox(page).inputValue()).resolves.toBe('cybercrime');
    await expect(page.getByRole('checkbox', { name: /^Release/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^2024/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^2018/ }).isChecked()).resolves.toBe(false);
    expect(paths(await shownResults(page))).toEqual([R2024]);
    await page.context().close();
  });

  it('Back and Forward move through earlier searches', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await searchFor(page, 'ODNI');
    await searchFor(page, 'CISA');
    await openFilter(page, 'Kind of page');
    const agencies = filterGroup(page, 'Kind of page').getByRole('checkbox', { name: /^Agency/ });
    await agencies.check();
    await announced(page, '1 result found for “CISA” with 1 filter.');
    expect(new URL(page.url()).search).toBe('?q=CISA&kind=agency');

    await page.goBack();
    await announced(page, '3 results found for “CISA”.');
    await expect(agencies.isChecked()).resolves.toBe(false);

    await page.goBack();
    await announced(page, 'found for “ODNI”.');
    await expect(searchBox(page).inputValue()).resolves.toBe('ODNI');
    expect(new URL(page.url()).search).toBe('?q=ODNI');

    await page.goForward();
    await announced(page, '3 results found for “CISA”.');
    await expect(searchBox(page).inputValue()).resolves.toBe('CISA');
    await page.context().close();
  });

  it('typing searches after a pause, as one history entry per burst of typing', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=ODNI`);
    await announced(page, 'found for “ODNI”.');
    await searchBox(page).fill('');
    await searchBox(page).pressSequentially('Verdier');
    await announced(page, 'found for “Verdier”.');
    expect(new URL(page.url()).search).toBe('?q=Verdier');
    await page.goBack();
    await announced(page, 'found for “ODNI”.');
    await page.context().close();
  });
});

describe('the header search box', () => {
  it('takes a search from any page to the search page', async () => {
    const page = await openPage();
    await page.goto(`${server.url}${R2018}`);
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    await box.fill('Henri Verdier');
    await box.press('Enter');
    await announced(page, 'found for “Henri Verdier”.');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(paths(await shownResults(page))).toContain(R2024);
    await page.context().close();
  });

  it('works without JavaScript, and the search page then says what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}`);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('ANSSI');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/search/?q=ANSSI', WAIT);
    // (Playwright's getByText does not look inside <noscript>, so read the page's main text.)
    await expect(page.getByRole('main').innerText()).resolves.toContain(
      'Search needs JavaScript, which is turned off or not available in this browser. Every release can still be found by browsing: all releases, newest first, or the releases of each dialogue, agency and topic.',
    );
    await expect(page.getByRole('link', { name: 'all releases, newest first' }).getAttribute('href')).resolves.toBe('/releases/');
    // Controls that could do nothing stay hidden.
    await expect(page.getByRole('searchbox', { name: 'Words to search for' }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('keyboard and accessibility', () => {
  it('can be used with the keyboard alone, with visible focus', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await searchBox(page).focus();
    await page.keyboard.type('CISA');
    await page.keyboard.press('Enter');
    await announced(page, '3 results found for “CISA”.');

    // Tab from the field reaches the button, then the results, then the filters: Enter opens one.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('h3') !== null)).resolves.toBe(true);
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.firstChild?.textContent)).resolves.toBe('SUMMARY Kind of page');
    const summaryOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(summaryOutline).toBe('solid');
    // Focusing the filter's name fetched its values; a person takes longer between Tab and Enter than this wait.
    await filterGroup(page, 'Kind of page').locator('input[type="checkbox"]').first().waitFor({ state: 'attached', ...WAIT });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement;
      return { type: element.type, name: element.name, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ type: 'checkbox', name: 'kind', outline: 'solid' });
    await page.keyboard.press('Space');
    await announced(page, '1 result found for “CISA” with 1 filter.');
    expect(paths(await shownResults(page))).toEqual([R2024]);

    // Results are links reached by Tab like any other.
    const link = page.locator('#search-results').getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${R2024}`, WAIT);
    await page.context().close();
  });

  it('from any page, without a mouse: Tab to the header search, type, Enter, Tab to a result, Enter', async () => {
    const page = await openPage();
    await page.goto(`${server.url}agencies/`);
    /** Presses Tab until the focused element matches, at most `limit` times; says what was focused last otherwise. */
    async function tabTo(selector: string, limit = 40): Promise<void> {
      for (let presses = 0; presses < limit; presses += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`${limit} presses of Tab did not reach ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
    }
    await tabTo('#header-search-query');
    await page.keyboard.type('Liesyl Franz');
    await page.keyboard.press('Enter');
    await announced(page, 'found for “Liesyl Franz”.');
    await tabTo(`#search-results a[href="/${R2024}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${R2024}`, WAIT);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sixth U.S.-France Cyber Dialogue');
    await page.context().close();
  });

  // axe over the search page with results and filters shown: tests/e2e/accessibility.test.ts.
});

describe('layout and print', () => {
  /** The page's cumulative layout shift so far, as Chromium reports it (shifts right after an input excluded). */
  const layoutShift = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries are delivered in a task of their own.
          setTimeout(() => resolve(total), 100);
        }),
    );

  it.each([
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1280, height: 720 }],
  ])('on %s, a search from the URL renders with its filters open without moving what is on view (layout shift < 0.05)', async (_, viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}search/?q=ANSSI&agency=anssi&kind=release&kind=dialogue`);
    await announced(page, 'found for “ANSSI” with 2 filters.');
    // The filters in use open by themselves and are counted.
    await filterGroup(page, 'Agency').locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(WAIT);
    await filterGroup(page, 'Kind of page').locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(WAIT);
    await expect(filterGroup(page, 'Agency').getAttribute('open')).resolves.toBe('');
    expect(await layoutShift(page)).toBeLessThan(0.05);
    await context.close();
  });

  it('printed, shows the search, the filters in use, the results and the address with the search', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=cybercrime&agency=anssi`);
    await announced(page, '4 results found for “cybercrime” with 1 filter.');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('4 results found for “cybercrime” with 1 filter.');
    expect(printed).toContain('Filtered by:');
    expect(printed).toContain('Agency: National Cybersecurity Agency (ANSSI)');
    for (const result of await shownResults(page)) expect(printed).toContain(result.heading);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(printed).toContain(`Printed from ${canonical}?q=cybercrime&agency=anssi`);
    expect(printed).not.toContain('Show more');
    await page.context().close();
  });
});

describe('under a sub-path', () => {
  it('loads the index and links results under the base path', async () => {
    const page = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${subpathServer.url}search/?q=ANSSI`);
    await announced(page, '5 results found for “ANSSI”.');
    expect(paths(await shownResults(page, SUBPATH_BASE)).sort()).toEqual([R2018, R2024, 'agencies/anssi/', 'dialogues/2/', 'dialogues/6/'].sort());
    expect(requested.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(`${SUBPATH_BASE}pagefind/`))).toBe(true);

    await page.getByRole('link', { name: 'Sixth U.S.-France Cyber Dialogue' }).click();
    await page.waitForURL(`**${SUBPATH_BASE}${R2024}`, WAIT);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sixth U.S.-France Cyber Dialogue');
    await page.context().close();
  });

  it('the header form goes to the search page under the base path', async () => {
    const page = await openPage();
    await page.goto(`${subpathServer.url}releases/`);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('ODNI');
    await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
    await announced(page, 'found for “ODNI”.');
    expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}search/`);
    expect(paths(await shownResults(page, SUBPATH_BASE))).toContain(R2018);
    await page.context().close();
  });
});

describe('what it costs', () => {
  it('only the search page loads Pagefind, in the page (no web worker), and a first search stays small', async () => {
    const page = await openPage();
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${R2018}`);
    await page.goto(`${server.url}releases/`);
    expect(requested.filter((path) => path.endsWith('.js') || path.includes('/pagefind/'))).toEqual([]);

    requested.length = 0;
    await page.goto(`${server.url}search/?q=ANSSI`);
    await announced(page, '5 results found for “ANSSI”.');
    // The static server sends files as they are, so the bytes sent are the files' sizes.
    const files = [...new Set(requested)].filter((path) => path.includes('/pagefind/') || path.startsWith('/_astro/'));
    const bytes = (prefix: string) =>
      files.filter((path) => path.startsWith(prefix)).reduce((total, path) => total + statSync(join(distDir(), path)).size, 0);
    const pagefindBytes = bytes('/pagefind/');
    console.log(`First search: ${pagefindBytes} bytes of Pagefind (${files.filter((path) => path.startsWith('/pagefind/')).length} files), ${bytes('/_astro/')} bytes of our CSS and JS.`);
    expect(files).toContain('/pagefind/pagefind.js');
    expect(files).not.toContain('/pagefind/pagefind-worker.js');
    // Preloaded, and fetched once: the preload is the request Pagefind uses.
    expect(requested.filter((path) => path === '/pagefind/wasm.en.pagefind')).toHaveLength(1);
    expect(requested.filter((path) => path === '/pagefind/pagefind.js')).toHaveLength(1);
    expect(pagefindBytes).toBeLessThan(200_000);
    // No filter is loaded until one is opened, and then only that one.
    const filterFiles = () => [...new Set(requested)].filter((path) => path.startsWith('/pagefind/filter/'));
    expect(filterFiles()).toEqual([]);
    await openFilter(page, 'Agency');
    expect(filterFiles()).toHaveLength(1);
    await page.context().close();
  });

  it('a search without words loads the filter that orders it, not the others', async () => {
    const page = await openPage();
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/?type=media-note`);
    await announced(page, '2 results found with 1 filter.');
    // The type filter (chosen, so narrowing the search and open) and the day filter (the order).
    expect(new Set(requested.filter((path) => path.startsWith('/pagefind/filter/'))).size).toBe(2);
    await page.context().close();
  });
});
