/**
 * axe-core over the series pages in Chromium, in the light and the dark colour scheme (the matrices shade
 * their cells, so contrast is checked in both), and the tables scrolled from the keyboard on a phone-sized screen.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/dialogues/', '/dialogues/4/', '/dialogues/6/', '/agencies/', '/agencies/interior-ministry/', '/people/', '/people/henri-verdier/', '/topics/', '/topics/cybercrime/', '/about/'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

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
          await page.addScriptTag({ content: axeSource });
          const { violations, passes } = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
            const results = await axe.run(document);
            return {
              violations: results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map((n) => ({ target: n.target })) })),
              passes: results.passes.length,
            };
          });
          // Proof that axe ran its rules on the page, not that it silently checked nothing.
          expect(passes, path).toBeGreaterThan(10);
          for (const v of violations) found.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
