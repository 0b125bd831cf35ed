import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { serveSite } from '../helpers/site-server.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const RELEASE_2018 = 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = 'releases/undated-sixth-us-france-cyber-dialogue/';
const BOTH = [RELEASE_2018, RELEASE_2024];
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

/** Waits until the live region announces this text. */
async function announced(page: Page, text: string): Promise<void> {
  await liveRegion(page).filter({ hasText: text }).waitFor(WAIT);
}

/** Types words into the search field and presses Enter, then waits for the count to be announced. */
async function searchFor(page: Page, words: string, expectedCount: number): Promise<void> {
  await searchBox(page).fill(words);
  await searchBox(page).press('Enter');
  const count = expectedCount === 0 ? 'No releases' : `${expectedCount} release${expectedCount === 1 ? '' : 's'}`;
  await announced(page, `${count} found for “${words}”`);
}

/** A filter's disclosure on the search page, by its name ("Year"). */
const filterGroup = (page: Page, name: string) => page.locator('details.filter-group').filter({ has: page.locator('summary', { hasText: name }) });

/** Opens a filter, as a person clicks its name, and waits for its values to be counted. */
async function openFilter(page: Page, name: string): Promise<void> {
  await filterGroup(page, name).locator('summary').click();
  await filterGroup(page, name).locator('.count').first().filter({ hasText: /^\(\d+\)$/ }).waitFor(WAIT);
}

/** The release paths the results link to, as the result list shows them (relative to the site's base). */
async function resultPaths(page: Page, base: string): Promise<string[]> {
  const links = page.getByRole('list', { name: 'Results' }).getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return hrefs.map((href) => (href.startsWith(base) ? href.slice(base.length) : href)).sort();
}

describe('search finds releases by their words and by names the text does not spell out', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
    await page.goto(`${server.url}search/`);
  });
  afterAll(() => page.context().close());

  it.each([
    // 2024 says only "the National Cybersecurity Agency"; the acronym comes from the agency registry.
    ['ANSSI', BOTH],
    ['NIST', BOTH],
    ['FBI', BOTH],
    ['DHS', BOTH],
    ['CISA', [RELEASE_2024]],
    ['ONCD', [RELEASE_2024]],
    ['ODNI', [RELEASE_2018]],
    // One ministry, two names: 2018 writes "Ministry of the Interior".
    ['Ministry of Home Affairs', BOTH],
    ['Robert Strayer', [RELEASE_2018]],
    ['David Martinon', [RELEASE_2018]],
    ['Liesyl Franz', [RELEASE_2024]],
    ['Henri Verdier', [RELEASE_2024]],
    ['Spokesperson', [RELEASE_2018]],
  ])('“%s” finds exactly the expected releases', async (words, expected) => {
    await searchFor(page, words, expected.length);
    expect(await resultPaths(page, '/')).toEqual([...expected].sort());
  });

  it('shows title, date, dialogue and an excerpt with the matched words highlighted', async () => {
    await searchFor(page, 'ODNI', 1);
    const item = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
    await expect(item.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('United States and France Strengthen Relationship on Cyber Policy');
    await expect(item.locator('.result-facts').textContent()).resolves.toBe('February 9, 2018 · Second U.S.–France Cyber Dialogue');
    const marks = await item.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/ODNI/);

    await searchFor(page, 'CISA', 1);
    await expect(item.locator('.result-facts').textContent()).resolves.toBe(
      'Date of issue not stated in the source · Sixth U.S.–France Cyber Dialogue',
    );
  });

  it('says so when nothing matches, and offers what to do', async () => {
    await searchFor(page, 'quantum', 0);
    expect(await resultPaths(page, '/')).toEqual([]);
    const help = page.getByText('Try other words or fewer filters');
    await expect(help.isVisible()).resolves.toBe(true);
    await expect(help.innerText()).resolves.toBe('Try other words or fewer filters, or browse all releases, or the dialogues, agencies and topics.');
    await expect(help.getByRole('link', { name: 'all releases' }).getAttribute('href')).resolves.toBe('/releases/');
  });

  it('announces the count in a live region after each search', async () => {
    const region = liveRegion(page);
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await searchFor(page, 'NIST', 2);
    const first = await region.textContent();
    await searchFor(page, 'CISA', 1);
    const second = await region.textContent();
    expect([first, second]).toEqual(['2 releases found for “NIST”.', '1 release found for “CISA”.']);
  });
});

describe('filters', () => {
  it('change the results and the count, and go into the URL as ids', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await searchFor(page, 'cybercrime', 2);
    // Filters are closed until opened: their values and counts are not on view.
    await expect(page.getByRole('checkbox', { name: /2024/ }).isVisible()).resolves.toBe(false);
    await openFilter(page, 'Year');
    await openFilter(page, 'Agency');
    const year2024 = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /2024/ });
    const year2018 = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /2018/ });
    await expect(year2024.getAttribute('aria-label')).resolves.toBeNull();
    expect(await page.getByRole('checkbox', { name: /National Cybersecurity Agency \(ANSSI\) \(2\)/ }).count()).toBe(1);

    await year2024.check();
    await announced(page, '1 release found for “cybercrime” with 1 filter.');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2024]);
    expect(new URL(page.url()).search).toBe('?q=cybercrime&year=2024');
    // The counts follow the results; the other year counts what ticking it would add.
    expect(await page.getByRole('checkbox', { name: /\(ANSSI\) \(1\)/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Office of the Director of National Intelligence \(ODNI\) \(0\)/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: '2018 (1)' }).count()).toBe(1);

    // Values of one filter are alternatives.
    await year2018.check();
    await announced(page, '2 releases found for “cybercrime” with 2 filters.');
    expect(await resultPaths(page, '/')).toEqual([...BOTH].sort());

    // Different filters narrow each other.
    await page.getByRole('checkbox', { name: /\(ODNI\)/ }).check();
    await announced(page, '1 release found for “cybercrime” with 3 filters.');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2018]);
    expect(new URL(page.url()).search).toBe('?q=cybercrime&agency=odni&year=2018&year=2024');
    // A closed filter still says that it narrows the search.
    await filterGroup(page, 'Year').locator('summary').click();
    await expect(filterGroup(page, 'Year').locator('summary').textContent()).resolves.toBe('Year (2 chosen)');
    await page.context().close();
  });

  it('a filter opened before any search counts every release', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await openFilter(page, 'Year');
    const years = filterGroup(page, 'Year');
    await expect(years.getByRole('checkbox', { name: '2018 (1)' }).count()).resolves.toBe(1);
    await expect(years.getByRole('checkbox', { name: '2024 (1)' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('a filter opened on a search counts its values for that search', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=ODNI`);
    await announced(page, '1 release found for “ODNI”.');
    await openFilter(page, 'Dialogue');
    const dialogues = filterGroup(page, 'Dialogue');
    await expect(dialogues.getByRole('checkbox', { name: /^Second U\.S\.–France Cyber Dialogue \(1\)$/ }).count()).resolves.toBe(1);
    await expect(dialogues.getByRole('checkbox', { name: /^Sixth U\.S\.–France Cyber Dialogue \(0\)$/ }).count()).resolves.toBe(1);
    // A later search counts the open filter again.
    await searchFor(page, 'CISA', 1);
    await dialogues.getByRole('checkbox', { name: /^Sixth U\.S\.–France Cyber Dialogue \(1\)$/ }).waitFor(WAIT);
    await page.context().close();
  });

  it('work without words, newest first', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?country=fr`);
    await announced(page, '2 releases found with 1 filter.');
    const hrefs = await page.getByRole('list', { name: 'Results' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([`/${RELEASE_2024}`, `/${RELEASE_2018}`]);
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
    await announced(page, '1 release found for “cybercrime” with 1 filter.');
    await expect(filterGroup(page, 'Year').getByRole('checkbox').count()).resolves.toBe(0);

    await filterGroup(page, 'Year').locator('summary').click();
    await openFilter(page, 'Year');
    await expect(page.getByRole('checkbox', { name: '2018 (1)' }).isChecked()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the search lives in the URL', () => {
  it('a shared URL restores the words, the filters and the results', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=cybercrime&agency=anssi&year=2024`);
    await announced(page, '1 release found for “cybercrime” with 2 filters.');
    await expect(searchBox(page).inputValue()).resolves.toBe('cybercrime');
    await expect(page.getByRole('checkbox', { name: /\(ANSSI\)/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /2024/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /2018/ }).isChecked()).resolves.toBe(false);
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2024]);
    await page.context().close();
  });

  it('Back and Forward move through earlier searches', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/`);
    await searchFor(page, 'ODNI', 1);
    await searchFor(page, 'CISA', 1);
    await openFilter(page, 'Country of a delegation');
    const france = page.getByRole('group', { name: 'Country of a delegation' }).getByRole('checkbox', { name: /France/ });
    await france.check();
    await announced(page, '1 release found for “CISA” with 1 filter.');
    expect(new URL(page.url()).search).toBe('?q=CISA&country=fr');

    await page.goBack();
    await announced(page, '1 release found for “CISA”.');
    await expect(france.isChecked()).resolves.toBe(false);

    await page.goBack();
    await announced(page, '1 release found for “ODNI”.');
    await expect(searchBox(page).inputValue()).resolves.toBe('ODNI');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2018]);
    expect(new URL(page.url()).search).toBe('?q=ODNI');

    await page.goForward();
    await announced(page, '1 release found for “CISA”.');
    await expect(searchBox(page).inputValue()).resolves.toBe('CISA');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2024]);
    await page.context().close();
  });

  it('typing searches after a pause, as one history entry per burst of typing', async () => {
    const page = await openPage();
    await page.goto(`${server.url}search/?q=ODNI`);
    await announced(page, '1 release found for “ODNI”.');
    await searchBox(page).fill('');
    await searchBox(page).pressSequentially('Verdier');
    await announced(page, '1 release found for “Verdier”.');
    expect(new URL(page.url()).search).toBe('?q=Verdier');
    await page.goBack();
    await announced(page, '1 release found for “ODNI”.');
    await page.context().close();
  });
});

describe('the header search box', () => {
  it('takes a search from any page to the search page', async () => {
    const page = await openPage();
    await page.goto(`${server.url}${RELEASE_2018}`);
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    await box.fill('Henri Verdier');
    await box.press('Enter');
    await announced(page, '1 release found for “Henri Verdier”.');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2024]);
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
    await page.keyboard.type('FBI');
    await page.keyboard.press('Enter');
    await announced(page, '2 releases found for “FBI”.');

    // Tab from the field reaches the button, then the results, then the filters: Enter opens one.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('h3') !== null)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent)).resolves.toBe('SUMMARY Agency');
    const summaryOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(summaryOutline).toBe('solid');
    // Focusing the filter's name fetched its values; a person takes longer between Tab and Enter than this wait.
    await filterGroup(page, 'Agency').locator('input[type="checkbox"]').first().waitFor({ state: 'attached', ...WAIT });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement;
      return { type: element.type, name: element.name, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ type: 'checkbox', name: 'agency', outline: 'solid' });

    await page.getByRole('checkbox', { name: /\(ONCD\)/ }).focus();
    await page.keyboard.press('Space');
    await announced(page, '1 release found for “FBI” with 1 filter.');
    expect(await resultPaths(page, '/')).toEqual([RELEASE_2024]);

    // Results are links reached by Tab like any other.
    const link = page.getByRole('list', { name: 'Results' }).getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${RELEASE_2024}`, WAIT);
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
    await page.keyboard.type('Henri Verdier');
    await page.keyboard.press('Enter');
    await announced(page, '1 release found for “Henri Verdier”.');
    await tabTo('#search-results a');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${RELEASE_2024}`, WAIT);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sixth U.S.-France Cyber Dialogue');
    await page.context().close();
  });

  // axe over the search page with results and filters shown: tests/e2e/accessibility.test.ts.
});

describe('under a sub-path', () => {
  it('loads the index and links results under the base path', async () => {
    const page = await openPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${subpathServer.url}search/?q=ANSSI`);
    await announced(page, '2 releases found for “ANSSI”.');
    const hrefs = await page.getByRole('list', { name: 'Results' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(BOTH.map((path) => `${SUBPATH_BASE}${path}`).sort());
    expect(requested.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(`${SUBPATH_BASE}pagefind/`))).toBe(true);

    await page.getByRole('link', { name: 'Sixth U.S.-France Cyber Dialogue' }).click();
    await page.waitForURL(`**${SUBPATH_BASE}${RELEASE_2024}`, WAIT);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sixth U.S.-France Cyber Dialogue');
    await page.context().close();
  });

  it('the header form goes to the search page under the base path', async () => {
    const page = await openPage();
    await page.goto(`${subpathServer.url}releases/`);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('ODNI');
    await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
    await announced(page, '1 release found for “ODNI”.');
    expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}search/`);
    expect(await resultPaths(page, SUBPATH_BASE)).toEqual([RELEASE_2018]);
    await page.context().close();
  });
});

describe('what it costs', () => {
  it('only the search page loads Pagefind, and a first search stays small', async () => {
    const page = await openPage();
    const requested: string[] = [];
    // The context sees the requests of Pagefind's web worker too.
    page.context().on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${RELEASE_2018}`);
    await page.goto(`${server.url}releases/`);
    expect(requested.filter((path) => path.endsWith('.js') || path.includes('/pagefind/'))).toEqual([]);

    requested.length = 0;
    await page.goto(`${server.url}search/?q=ANSSI`);
    await announced(page, '2 releases found for “ANSSI”.');
    // The static server sends files as they are, so the bytes sent are the files' sizes.
    const files = [...new Set(requested)].filter((path) => path.includes('/pagefind/') || path.startsWith('/_astro/'));
    const bytes = (prefix: string) =>
      files.filter((path) => path.startsWith(prefix)).reduce((total, path) => total + statSync(join(distDir(), path)).size, 0);
    const pagefindBytes = bytes('/pagefind/');
    console.log(`First search: ${pagefindBytes} bytes of Pagefind (${files.filter((path) => path.startsWith('/pagefind/')).length} files), ${bytes('/_astro/')} bytes of our CSS and JS.`);
    expect(files).toContain('/pagefind/pagefind.js');
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
    await announced(page, '2 releases found with 1 filter.');
    // The type filter (chosen, so narrowing the search and open) and the day filter (the order).
    expect(new Set(requested.filter((path) => path.startsWith('/pagefind/filter/'))).size).toBe(2);
    await page.context().close();
  });
});
