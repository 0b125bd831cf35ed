/**
 * The series pages in Chromium: the tables scrolled from the keyboard on a phone-sized screen, the timeline scrolling
 * in its frame at 320 px, and the pictures of the series (timeline, participation) in print. (axe checks these pages
 * in both colour schemes in accessibility.test.ts.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

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

describe('the series pages on a small screen and on paper', () => {
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
