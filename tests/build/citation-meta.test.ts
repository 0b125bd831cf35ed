/**
 * What reference managers read from a release page: Highwire `citation_*` and Dublin Core tags on every release
 * page, agreeing with the page's citations and structured data, and the date only where the release states it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/builds.ts';
import { readPage } from '../helpers/dist-pages.ts';

const releasePaths = () => readdirSync(join(distDir(), 'releases'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/releases/${entry.name}/`);

/** The tags a page carries, by name (a name may repeat). */
function metaTags(path: string): Map<string, string[]> {
  const $ = readPage(path);
  const tags = new Map<string, string[]>();
  $('head meta[name]').each((_, meta) => {
    const name = $(meta).attr('name')!;
    tags.set(name, [...(tags.get(name) ?? []), $(meta).attr('content') ?? '']);
  });
  return tags;
}

/**
 * What an embedded-metadata reader (as Zotero's "Embedded Metadata" translator does) takes from the tags: the
 * Highwire fields first, Dublin Core where Highwire says nothing.
 */
function embeddedMetadata(tags: Map<string, string[]>) {
  const one = (highwire: string, dc: string) => tags.get(highwire)?.[0] ?? tags.get(dc)?.[0];
  return {
    title: one('citation_title', 'DC.title'),
    authors: tags.get('citation_author') ?? tags.get('DC.creator') ?? [],
    date: one('citation_publication_date', 'DC.date'),
    publisher: one('citation_publisher', 'DC.publisher'),
    url: one('citation_public_url', 'DC.identifier'),
    language: one('citation_language', 'DC.language'),
  };
}

describe('Highwire and Dublin Core tags', () => {
  it('are on every release page, with title, the Department as author and publisher, URL and language', () => {
    const paths = releasePaths();
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      const $ = readPage(path);
      const tags = metaTags(path);
      const canonical = $('link[rel=canonical]').attr('href');
      const title = $('h1').text();
      expect(embeddedMetadata(tags)).toMatchObject({ title, authors: ['U.S. Department of State'], publisher: 'U.S. Department of State', url: canonical, language: 'en' });
      expect(tags.get('DC.title')).toEqual([title]);
      expect(tags.get('DC.creator')).toEqual(['U.S. Department of State']);
      expect(tags.get('DC.identifier')).toEqual([canonical]);
      // The structured data names the same author and publisher.
      const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as { author: { name: string }; publisher: { name: string } };
      expect([jsonLd.author.name, jsonLd.publisher.name]).toEqual(['U.S. Department of State', 'U.S. Department of State']);
      // So do the CSL-JSON and the BibTeX of "Cite this release".
      const csl = JSON.parse($('.cite-csl-json').text()) as { author: { literal: string }[]; publisher: string }[];
      expect([csl[0]!.author, csl[0]!.publisher]).toEqual([[{ literal: 'U.S. Department of State' }], 'U.S. Department of State']);
      expect($('.cite-bibtex').text()).toContain('author = {{U.S. Department of State}}');
    }
  });

  it('give the date of issue where the release states it, and none where it does not', () => {
    const dated = metaTags('/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/');
    expect(embeddedMetadata(dated).date).toBe('2018/02/09');
    expect(dated.get('DC.date')).toEqual(['2018-02-09']);
    const undated = metaTags('/releases/undated-sixth-us-france-cyber-dialogue/');
    expect(undated.has('citation_publication_date')).toBe(false);
    expect(undated.has('DC.date')).toBe(false);
    expect(embeddedMetadata(undated).date).toBeUndefined();
  });

  it('are on release pages only', () => {
    for (const path of ['/', '/dialogues/6/', '/about/']) expect([...metaTags(path).keys()].filter((name) => /^(citation_|DC\.)/.test(name))).toEqual([]);
  });
});
