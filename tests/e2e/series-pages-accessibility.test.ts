/**
 * axe-core over the series pages in Chromium, in the light and the dark colour scheme (the matrices shade
 * their cells, so contrast is checked in both), and the tables scrolled from the keyboard on a phone-sized screen;
 * the timeline scrolling in its frame at 320 px, and the pictures of the series (timeline, participation) in print.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { distDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PAGES = [
  '/dialogues/',
  '/dialogues/4/',
  '/dialogues/6/',
  '/agencies/',
  '/agencies/interior-ministry/',
  '/people/',
  '/people/henri-verdier/',
  '/topics/',
  '/topics/cybercrime/',
  '/language/',
  '/releases/undated-sixth-us-france-cyber-dialogue/',
  '/about/',
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(distDir());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility of the series pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violation (${colorScheme} scheme)`, async () => {
      const page = await browser.newPage({ colorScheme });
      const found: string[] = [];
      try {
        for (const path of PAGES) {
          await page.goto(`${server.url}${path.slice(1)}`);
          // Every rule, best practices included (the WCAG subset over every kind of page is in accessibility.test.ts).
          const { violations, passes } = await runAxe(page);
          // Proof that axe ran its rules on the page, not that it silently checked nothing.
          expect(passes, path).toBeGreaterThan(10);
          for (const violation of violations) found.push(`${path}: ${violation}`);
        }
      } finally {
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('the matrix scrolls sideways from the keyboard on a narrow screen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    try {
      await page.goto(`${server.url}agencies/`);
      const region = page.locator('section.table-scroll:has(#delegation-matrix)');
      const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // Chromium animates keyboard scrolling: wait for it rather than read the position at once.
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 5_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('the pictures of the series and the passage notes', () => {
  // That no page is wider than a 320 px screen is checked for every kind of page in small-screens-and-print.test.ts.
  it('at 320 px, the timeline scrolls inside its own frame', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${server.url}dialogues/`);
      const frame = page.locator('figure.series-timeline .frame');
      const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      // A mark reached from the keyboard scrolls into view inside the frame.
      await page.locator('a.mark[href$="/dialogues/6/"]').focus();
      await expect.poll(() => frame.evaluate((el) => el.scrollLeft), { timeout: 5_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('keep the pictures inside the page in print', async () => {
    // About the printable width of a page of Letter or A4 paper with its margins, at 96 px to the inch.
    const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    try {
      await page.emulateMedia({ media: 'print' });
      for (const [path, picture] of [['dialogues/', 'svg.chart'], ['agencies/', 'table#participation']] as const) {
        await page.goto(`${server.url}${path}`);
        const box = await page.locator(picture).evaluate((el) => {
          const rect = el.getBoundingClientRect();
          return { left: rect.left, right: rect.right, width: rect.width, page: document.documentElement.clientWidth };
        });
        expect(box.width, path).toBeGreaterThan(300);
        expect(box.left, path).toBeGreaterThanOrEqual(0);
        expect(box.right, path).toBeLessThanOrEqual(box.page);
      }
    } finally {
      await page.close();
    }
  });
});
