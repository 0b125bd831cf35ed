import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { htmlFiles } from '../helpers/dist-files.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

const SEARCH_PAGE = 'search/index.html';

/** The code of the search page's script, read from the build. */
function searchPageBundle(dist: string, base: string): string {
  const $ = load(readFileSync(join(dist, SEARCH_PAGE), 'utf8'));
  return readFileSync(join(dist, $('script[src]').attr('src')!.slice(base.length)), 'utf8');
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('scripts in the build %s', (_, dist, base) => {
  it('builds the search page and other pages to check', () => {
    const files = htmlFiles(dist());
    expect(files).toContain(SEARCH_PAGE);
    expect(files.length).toBeGreaterThan(3);
  });

  it('gives no page but the search page a script (structured data aside)', () => {
    for (const file of htmlFiles(dist()).filter((file) => file !== SEARCH_PAGE)) {
      const $ = load(readFileSync(join(dist(), file), 'utf8'));
      const scripts = $('script').filter((_, script) => $(script).attr('type') !== 'application/ld+json');
      expect(scripts.length, `${file} has a script`).toBe(0);
      expect($('link[rel="modulepreload"], link[as="script"]').length, `${file} preloads a script`).toBe(0);
    }
  });

  it('lets no page but the search page reference Pagefind’s code', () => {
    for (const file of htmlFiles(dist()).filter((file) => file !== SEARCH_PAGE)) {
      // data-pagefind-* attributes are markup for the indexer, not references to its code.
      const html = readFileSync(join(dist(), file), 'utf8');
      expect(html, file).not.toMatch(/pagefind(\/|\.js|-ui|-worker)/);
    }
  });

  it('loads the search page’s code as one external module under the base path, no inline script', () => {
    const $ = load(readFileSync(join(dist(), SEARCH_PAGE), 'utf8'));
    const scripts = $('script').filter((_, script) => $(script).attr('type') !== 'application/ld+json');
    expect(scripts.length).toBe(1);
    const script = scripts.first();
    expect(script.attr('type')).toBe('module');
    expect(script.attr('src')).toMatch(new RegExp(`^${base}_astro/[^/]+\\.js$`));
    expect(script.html()?.trim()).toBe('');
  });

  it('imports Pagefind from the base path, at run time', () => {
    const bundle = searchPageBundle(dist(), base);
    expect(bundle).toContain('pagefind/pagefind.js');
  });

  it('imports Pagefind with a plain import(), without Vite’s module-preload helper', () => {
    const bundle = searchPageBundle(dist(), base);
    // The helper's marks: the event it dispatches and the link type it feature-tests.
    expect(bundle).not.toContain('vite:preloadError');
    expect(bundle).not.toContain('modulepreload');
  });

  it('carries no date formatter: the search page formats no date', () => {
    expect(searchPageBundle(dist(), base)).not.toContain('DateTimeFormat');
  });
});
