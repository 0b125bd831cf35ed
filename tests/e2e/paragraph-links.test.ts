/**
 * Paragraph links in Chromium, as a reader who cites a paragraph uses them: a URL ending in #pN opens the release
 * at that paragraph and marks it; the "¶" link beside a paragraph is reached by keyboard and gives that URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distSubpathDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const RELEASE_2024 = 'releases/undated-sixth-us-france-cyber-dialogue/';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(distSubpathDir(), { base: SUBPATH_BASE })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Where paragraph n's text starts in the viewport, and whether it is marked as the one linked to. */
function paragraph(n: number) {
  return page.evaluate((id) => {
    const text = document.getElementById(id)!.closest('.para')!.querySelector('p')!;
    return { top: text.getBoundingClientRect().top, background: getComputedStyle(text).backgroundColor };
  }, `p${n}`);
}

const UNMARKED = 'rgba(0, 0, 0, 0)';

describe('a link to a paragraph of a release', () => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  });
  afterAll(() => page?.close());

  it('opens the release with that paragraph at the top of the window, marked', async () => {
    await page.goto(`${server.url}${RELEASE_2024}#p3`);
    const third = await paragraph(3);
    // At the top: the window scrolled to it (the page is far taller than the window), not to the page's start.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(Math.abs(third.top)).toBeLessThan(4);
    expect(third.background).not.toBe(UNMARKED);
    for (const other of [1, 2]) expect((await paragraph(other)).background, `p${other}`).toBe(UNMARKED);
  });

  it('is what the "¶" beside a paragraph gives, by keyboard too', async () => {
    await page.goto(`${server.url}${RELEASE_2024}`);
    const link = page.getByRole('link', { name: 'Link to paragraph 2', exact: true });
    // Tab from the paragraph link before it, as a keyboard user moves through the text.
    await page.getByRole('link', { name: 'Link to paragraph 1', exact: true }).focus();
    await page.keyboard.press('Tab');
    // The text of paragraph 2 may hold links (agency mentions); tab on until the "¶" of paragraph 2 has focus.
    for (let i = 0; i < 20 && !(await link.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => link.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#p2');
    expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}${RELEASE_2024}`);
    expect((await paragraph(2)).background).not.toBe(UNMARKED);
  });
});
