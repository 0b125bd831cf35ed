/** The files for the open web: the RSS feed, the sitemap, robots.txt and _headers, in both builds. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { load } from 'cheerio';
import { TEST_SITE } from '../helpers/build-site.ts';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { htmlFiles, sitePathOf } from '../helpers/dist-files.ts';
import { readHeadersFile } from '../helpers/headers-file.ts';
import { ROOT, SUBPATH_BASE } from '../helpers/paths.ts';
import { headerRules, patternUnderBase } from '../../src/lib/security-headers.ts';

const SITE = TEST_SITE;
/** Always a list, even where the XML has one element. */
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

function readXml(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text) as Record<string, any>;
}

/** The ids of the release pages the build made. */
function releaseIds(): string[] {
  return htmlFiles(distDir())
    .filter((file) => /^releases\/[^/]+\/index\.html$/.test(file))
    .map((file) => file.split('/')[1]!);
}

/** The release ids and their dates of issue, from the MDX frontmatter. */
function releaseDates(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const id of releaseIds()) {
    const source = readFileSync(join(ROOT, 'content/releases', `${id}.mdx`), 'utf8');
    const frontmatter = parse(source.split(/^---$/m)[1]!) as { issued: string };
    dates.set(id, frontmatter.issued);
  }
  return dates;
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('the build %s', (_, dist, base) => {
  const origin = `${SITE}${base}`;

  it('has an RSS feed with every release: absolute link, guid = permanent URL, a date only when stated', () => {
    const { rss } = readXml(join(dist(), 'rss.xml'));
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(origin);
    const items = rss.channel.item as Record<string, any>[];
    const dates = releaseDates();
    expect(items.map((item) => item.link).sort()).toEqual([...dates.keys()].map((id) => `${origin}releases/${id}/`).sort());
    for (const item of items) {
      const id = (item.link as string).split('/').at(-2)!;
      expect(item.title).toBeTruthy();
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      const issued = dates.get(id);
      if (issued === 'unknown') {
        expect(item, id).not.toHaveProperty('pubDate');
        expect(item.description).toContain('Date of issue not stated in the source.');
      } else {
        expect(new Date(item.pubDate as string).toISOString().slice(0, 10), id).toBe(issued);
      }
    }
  });

  it('gives each RSS item the full text of its release, paragraph by paragraph as its page shows it', () => {
    const items = readXml(join(dist(), 'rss.xml')).rss.channel.item as Record<string, any>[];
    for (const item of items) {
      const id = (item.link as string).split('/').at(-2)!;
      const $ = load(item['content:encoded'] as string);
      const page = readPage(`/releases/${id}/`, dist());
      const onPage = page('.release-body p').map((_, p) => foldSpace(page(p).text())).get();
      expect(onPage.length).toBeGreaterThan(0);
      expect($('p').map((_, p) => foldSpace($(p).text())).get(), id).toEqual(onPage);
    }
  });

  it('has a sitemap listing every page but the 404 page, as absolute URLs under the base path', () => {
    const index = readXml(join(dist(), 'sitemap-index.xml'));
    const sitemaps = (index.sitemapindex.sitemap as { loc: string }[]).map(({ loc }) => loc);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(origin)).toBe(true);
      const { urlset } = readXml(join(dist(), loc.slice(origin.length)));
      return (urlset.url as { loc: string }[]).map((url) => url.loc);
    });
    const pages = htmlFiles(dist())
      .filter((file) => file !== '404.html')
      .map((file) => `${origin}${sitePathOf(file).slice(1)}`);
    expect(listed.sort()).toEqual(pages.sort());
  });

  it('has a robots.txt that names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(dist(), 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${origin}sitemap-index.xml`);
    expect(existsSync(join(dist(), 'sitemap-index.xml'))).toBe(true);
  });

  it('has a _headers file with every header rule under the base path: security headers everywhere, caching for hashed files, a sandbox for raw files', () => {
    const rules = readHeadersFile(dist());
    expect(rules).toEqual(headerRules().map(({ pattern, headers }) => ({ pattern: patternUnderBase(base, pattern), headers })));
    expect(rules[0]!.pattern).toBe(`${base}*`);
    expect(Object.keys(rules[0]!.headers)).toEqual(['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
    expect(rules.find((rule) => rule.pattern === `${base}sources/*`)?.headers['Content-Security-Policy']).toMatch(/^default-src 'none'; sandbox/);
  });
});
