/**
 * What every page carries for readers, search engines and printers: title, description, canonical URL, Open Graph,
 * language, skip link, the printed address, external styles only, and French marked as French.
 */
import { TEST_SITE } from '../helpers/build-site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { htmlFiles, sitePathOf } from '../helpers/dist-files.ts';
import { SUBPATH_BASE, ROOT } from '../helpers/paths.ts';

/** The site origin the test builds use (astro.config.mjs's default; SITE is not set for them). */
const SITE = TEST_SITE;
const RELEASE = 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/index.html';

function page(dist: string, file: string): CheerioAPI {
  return load(readFileSync(join(dist, file), 'utf8'));
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('every page of the build %s', (_, dist, base) => {
  const files = () => htmlFiles(dist());

  it('has a title, a description, lang="en" and a canonical URL under the base path', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      expect($('html').attr('lang'), file).toBe('en');
      expect($('head title').text().trim(), file).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim(), file).toBeTruthy();
      // The 404 page has no address of its own: no canonical URL, and not indexed.
      const canonical = file === '404.html' ? undefined : `${SITE}${base.replace(/\/$/, '')}${sitePathOf(file)}`;
      expect($('link[rel="canonical"]').attr('href'), file).toBe(canonical);
      expect($('meta[name="robots"]').attr('content'), file).toBe(file === '404.html' ? 'noindex' : undefined);
    }
  });

  it('has Open Graph tags: title, description, the canonical URL, type, site name and locale', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      const og = (name: string) => $(`meta[property="og:${name}"]`).attr('content');
      expect(og('title'), file).toBeTruthy();
      expect(og('description'), file).toBe($('meta[name="description"]').attr('content'));
      expect(og('url'), file).toBe($('link[rel="canonical"]').attr('href'));
      expect(og('type'), file).toBe(file.startsWith('releases/') && file !== 'releases/index.html' ? 'article' : 'website');
      expect(og('site_name'), file).toBe('U.S.–France Cyber Dialogue Archive');
      expect(og('locale'), file).toBe('en_US');
    }
  });

  it('has a skip link to the main content, first in the body', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      const first = $('body a').first();
      expect(first.attr('href'), file).toBe('#main-content');
      expect($('main#main-content'), file).toHaveLength(1);
    }
  });

  it('prints its own address, and links the print stylesheet rules as external CSS', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      const canonical = $('link[rel="canonical"]').attr('href');
      expect($('.print-url').text(), file).toBe(canonical ? `Printed from ${canonical}` : '');
    }
    const $ = page(dist(), RELEASE);
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => readFileSync(join(dist(), $(link).attr('href')!.slice(base.length)), 'utf8'))
      .get()
      .join('\n');
    expect(css).toMatch(/@media print\{[^]*\.print-url\{display:block!important\}/);
    // Paragraph numbers print beside their paragraphs.
    expect(css).toMatch(/@media print\{[^]*\.para-number\{display:inline\}/);
  });

  it('has no inline styles, so the Content-Security-Policy needs no \'unsafe-inline\'', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      expect($('style'), file).toHaveLength(0);
      expect($('[style]'), file).toHaveLength(0);
    }
  });

  it('opens every external link with rel="noopener"', () => {
    for (const file of files()) {
      const $ = page(dist(), file);
      $('a[href^="http"]').each((_, a) => {
        expect($(a).attr('rel')?.split(/\s+/), `${file} → ${$(a).attr('href')}`).toContain('noopener');
      });
    }
  });

  it('links the RSS feed from every page', () => {
    for (const file of files()) {
      expect(page(dist(), file)('link[rel="alternate"][type="application/rss+xml"]').attr('href'), file).toBe(`${base}rss.xml`);
    }
  });
});

describe('French in the pages', () => {
  const agencies = parse(readFileSync(join(ROOT, 'content/agencies.yaml'), 'utf8')) as Record<string, { localName?: string }>;
  const localNames = Object.values(agencies).flatMap((agency) => agency.localName ?? []);

  it('marks every French agency name as lang="fr" wherever it appears', () => {
    expect(localNames.length).toBeGreaterThan(3);
    let seen = 0;
    for (const file of htmlFiles(distDir())) {
      const $ = page(distDir(), file);
      $('body *')
        .contents()
        .filter((_, node) => node.type === 'text')
        .each((_, node) => {
          const text = $(node).text();
          for (const name of localNames) {
            if (!text.includes(name)) continue;
            seen += 1;
            expect($(node).parent().closest('[lang]').attr('lang'), `${file}: “${name}”`).toBe('fr');
          }
        });
    }
    expect(seen).toBeGreaterThan(0);
  });
});
