/**
 * The Content-Security-Policy of `_headers`, applied as a host would, against what the pages really load:
 * the search runs under it in Chromium, and no page of any kind reports a violation. In the `site-nginx` project
 * the site is served by nginx with its generated configuration, whose responses must carry the same headers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { serveSite } from '../helpers/site-server.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const RELEASE_2024 = 'releases/undated-sixth-us-france-cyber-dialogue/';
const CONTENT_PAGES = ['', 'releases/', RELEASE_2024, 'dialogues/6/', 'agencies/', 'about/', 'no-such-page/'];

/** What went wrong in a page: CSP violations (reported by the page itself), console errors and uncaught errors. */
interface Problems {
  violations: string[];
  errors: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens a page that records every `securitypolicyviolation` event from its first script on. */
async function openWatchedPage(): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.newPage();
  const problems: Problems = { violations: [], errors: [] };
  await page.exposeFunction('reportCspViolation', (text: string) => problems.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { page, problems };
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('the build %s served with the headers of its _headers file', (_, dist, base) => {
  let server: StaticServer;
  let headers: Record<string, string>;
  beforeAll(async () => {
    const rules = readHeadersFile(dist());
    headers = headersForPath(rules, `${base}search/`);
    server = await serveSite(dist(), { base, headers });
  });
  afterAll(() => server?.close());

  it('has a Content-Security-Policy to apply', () => {
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/);
  });

  it('lets the search load Pagefind and find pages, with no violation and no error', async () => {
    const { page, problems } = await openWatchedPage();
    try {
      const response = await page.goto(`${server.url}search/`);
      // Every header of the rules, as the server sent it (names in lower case).
      expect(response?.headers()).toMatchObject(Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])));
      const box = page.getByRole('searchbox', { name: 'Words to search for' });
      await box.fill('Henri Verdier');
      await box.press('Enter');
      await page.getByRole('status').filter({ hasText: 'found for “Henri Verdier”.' }).waitFor({ timeout: 30_000 });
      await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toContain(`${base}${RELEASE_2024}`);
      expect(problems).toEqual({ violations: [], errors: [] });
    } finally {
      await page.close();
    }
  });

  it('blocks nothing the content pages use (styles, structured data, the header form)', async () => {
    const { page, problems } = await openWatchedPage();
    try {
      for (const path of CONTENT_PAGES) {
        await page.goto(`${server.url}${path}`);
        // The external stylesheet applied: the skip link is moved off screen by it.
        await expect(page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position)).resolves.toBe('absolute');
      }
      expect(problems.violations).toEqual([]);
      // The missing page answers with status 404 (and Chromium says so on the console); nothing else may fail.
      expect(problems.errors.filter((error) => !error.includes('/no-such-page/'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
