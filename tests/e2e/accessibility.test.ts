/**
 * axe-core in Chromium, every rule it runs by default (WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best
 * practices), on every kind of page, in the light and the dark colour scheme (the matrices and pictures shade their
 * cells and marks, so contrast is checked in both); the search page with results shown. (Keyboard use of the
 * search is in search.test.ts; of the series pages' scroll boxes, in series-pages-scrolling-and-print.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { distDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** One page of every kind, and what to wait for before checking it. */
const PAGES: { kind: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { kind: 'home', path: '' },
  { kind: 'release list', path: 'releases/' },
  { kind: 'release', path: 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/' },
  { kind: 'undated release with recurring passages', path: 'releases/undated-sixth-us-france-cyber-dialogue/' },
  { kind: 'timeline', path: 'dialogues/' },
  { kind: 'dialogue reported by a release', path: 'dialogues/6/' },
  { kind: 'dialogue known from cited sources', path: 'dialogues/4/' },
  { kind: 'agency list with participation and matrix', path: 'agencies/' },
  { kind: 'U.S. agency', path: 'agencies/fbi/' },
  { kind: 'French agency', path: 'agencies/anssi/' },
  { kind: 'French agency known by its other names', path: 'agencies/interior-ministry/' },
  { kind: 'people list', path: 'people/' },
  { kind: 'person', path: 'people/henri-verdier/' },
  { kind: 'topic list', path: 'topics/' },
  { kind: 'topic', path: 'topics/cybercrime/' },
  { kind: 'recurring language', path: 'language/' },
  { kind: 'about', path: 'about/' },
  {
    kind: 'search with results and filters',
    path: 'search/?q=cybercrime&year=2024',
    ready: (page) => page.getByRole('status').filter({ hasText: 'found for “cybercrime” with 1 filter.' }).waitFor({ timeout: 30_000 }),
  },
  {
    kind: 'search for a quoted phrase, with results apart and a filter in use',
    path: 'search/?q=%22Ministry+of+Home+Affairs%22&country=fr',
    ready: (page) => page.locator('#search-chosen-list button').first().waitFor({ timeout: 30_000 }),
  },
  { kind: '404', path: 'no-such-page/' },
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(distDir())]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe.each(['light', 'dark'] as const)('axe, every default rule, %s colour scheme', (colorScheme) => {
  it.each(PAGES)('$kind page has no violations', async ({ path, ready }) => {
    const page = await browser.newPage({ colorScheme });
    try {
      await page.goto(`${server.url}${path}`);
      await ready?.(page);
      const { violations, passes } = await runAxe(page);
      // Proof that axe ran its rules on the page, not that it silently checked nothing.
      expect(passes).toBeGreaterThan(10);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
