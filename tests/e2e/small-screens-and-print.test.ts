/**
 * Phones and paper: one page of every kind (found in the build, so a new kind of page is checked too) is never
 * wider than a phone's window at 320, 360 and 390 CSS pixels, and printed on A4 or US Letter no table is wider than
 * the page. One browser, one context per width.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { htmlFiles, sitePathOf } from '../helpers/dist-files.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** The printable width of a sheet in CSS pixels (96 per inch), less print.css's 15 mm margins. */
const printableWidth = (sheetMillimetres: number) => Math.floor(((sheetMillimetres - 2 * 15) / 25.4) * 96);
const PAPER = { A4: printableWidth(210), 'US Letter': printableWidth(215.9) };
const PHONE_WIDTHS = [320, 360, 390];

/** One page of each kind: the first built page of each path shape, "releases/*\/" standing for every release. */
function onePageOfEachKind(): string[] {
  const byKind = new Map<string, string>();
  for (const file of htmlFiles(distDir())) {
    const path = sitePathOf(file);
    const kind = path.split('/').length > 3 ? path.replace(/[^/]+\/$/, '*/') : path;
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...byKind.values(), '/search/?q=cybercrime'];
}

let browser: Browser;
let server: StaticServer;
const pages = onePageOfEachKind();

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(distDir())]);
});
afterAll(() => Promise.all([browser?.close(), server?.close()]));

/** Opens a page and waits for what it shows (the search page, for its results). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  if (path.startsWith('/search/?q=')) await page.getByRole('list', { name: 'Results' }).waitFor({ timeout: 30_000 });
}

describe('on a phone', () => {
  it('checks every kind of page, and more than a handful', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages).toEqual(expect.arrayContaining(['/agencies/', '/topics/', '/about/']));
  });

  it.each(PHONE_WIDTHS)('no page is wider than a %i px window', async (width) => {
    const context: BrowserContext = await browser.newContext({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      const tooWide: string[] = [];
      for (const path of pages) {
        await open(page, path);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth} px`);
      }
      expect(tooWide).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the matrices\' first column and caption in the window, the table scrolling beside them', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      for (const path of ['/agencies/', '/topics/']) {
        await open(page, path);
        const table = page.locator('table.dialogue-matrix');
        const scroller = page.locator('.table-scroll').filter({ has: table });
        await scroller.evaluate((element) => element.scrollBy(2000, 0));
        const layout = await table.evaluate((element) => {
          const caption = element.querySelector('caption')!.getBoundingClientRect();
          const firstCell = element.querySelector('tbody th[scope=row]')!.getBoundingClientRect();
          return { caption: [caption.left, caption.right], firstCell: [firstCell.left, firstCell.right], window: window.innerWidth };
        });
        // Scrolled to the end, the row headers are still at the left edge, and the caption fits in the window.
        expect(layout.firstCell[0]).toBeGreaterThanOrEqual(0);
        expect(layout.firstCell[1]).toBeLessThanOrEqual(layout.window / 2);
        expect(layout.caption[0]).toBeGreaterThanOrEqual(0);
        expect(layout.caption[1]).toBeLessThanOrEqual(layout.window);
      }
    } finally {
      await context.close();
    }
  });
});

describe('on paper', () => {
  it.each(Object.entries(PAPER))('on %s, no table and no page is wider than the sheet', async (_, width) => {
    const context = await browser.newContext({ viewport: { width, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      const tooWide: string[] = [];
      for (const path of pages) {
        await open(page, path);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          tables: [...document.querySelectorAll('table')].map((table) => Math.ceil(table.getBoundingClientRect().right)),
        }));
        if (widths.page > width) tooWide.push(`${path}: page ${widths.page} px`);
        widths.tables.forEach((right, i) => right > width && tooWide.push(`${path}: table ${i + 1} ends at ${right} px`));
      }
      expect(tooWide).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('prints paragraph numbers beside the paragraphs, and the address of source and other-version links', async () => {
    const context = await browser.newContext({ viewport: { width: PAPER.A4, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await open(page, pages.find((path) => path.startsWith('/releases/2018-'))!);
      // Beside each paragraph, in the paragraphs' order, its mark and number as printed.
      const marks = await page.locator('.release-body .para').evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          const link = paragraph.querySelector<HTMLElement>('.para-link')!;
          const [text, mark] = [paragraph.querySelector('p')!.getBoundingClientRect(), link.getBoundingClientRect()];
          return { printed: link.innerText, beside: mark.left >= text.right - 1 && mark.top < text.bottom };
        }),
      );
      expect(marks.length).toBeGreaterThan(1);
      marks.forEach((mark, i) => expect(mark).toEqual({ printed: `¶${i + 1}`, beside: true }));
      const printed = await page.locator('a[data-print-url]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.parentElement!.innerText]));
      expect(printed.length).toBeGreaterThan(0);
      for (const [href, text] of printed) expect(text).toContain(`<${href}>`);
    } finally {
      await context.close();
    }
  });
});
