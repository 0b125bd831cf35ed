/** What a release page adds for citing and linking: JSON-LD, paragraph anchors and the "Cite this release" block. */
import { describe, expect, it } from 'vitest';
import { distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

const SITE = 'http://localhost:4321';
const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';

function jsonLd(path: string, dist?: string): Record<string, unknown> {
  const $ = readPage(path, dist);
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}

describe('structured data of a release', () => {
  it('is a NewsArticle by the Department, with its permanent URL, date of issue and what it is about', () => {
    const data = jsonLd(RELEASE_2018);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'United States and France Strengthen Relationship on Cyber Policy',
      url: `${SITE}${RELEASE_2018}`,
      datePublished: '2018-02-09',
      publisher: { '@type': 'GovernmentOrganization', name: 'U.S. Department of State' },
    });
    expect(data.about).toEqual(expect.arrayContaining([{ '@type': 'Event', name: 'Second U.S.–France Cyber Dialogue', url: `${SITE}/dialogues/2/` }]));
  });

  it('has no date when the source states none, and URLs under the base path in a sub-path build', () => {
    expect(jsonLd(RELEASE_2024)).not.toHaveProperty('datePublished');
    expect(jsonLd(RELEASE_2024, distSubpathDir()).url).toBe(`${SITE}${SUBPATH_BASE}${RELEASE_2024.slice(1)}`);
  });
});

describe('paragraph anchors', () => {
  it('give each paragraph of the text an id, p1, p2, … in order, on a named link to it beside the paragraph', () => {
    for (const path of [RELEASE_2018, RELEASE_2024]) {
      const $ = readPage(path);
      const paragraphs = $('.release-body p');
      expect(paragraphs.length).toBeGreaterThan(0);
      paragraphs.each((i, p) => {
        const wrapper = $(p).parent('.para');
        const link = wrapper.children('a.para-link');
        expect(link.attr('id'), path).toBe(`p${i + 1}`);
        expect(link.attr('href')).toBe(`#p${i + 1}`);
        expect(link.attr('aria-label')).toBe(`Link to paragraph ${i + 1}`);
        // The link is outside the paragraph's text and out of the search index.
        expect($(p).find('a.para-link')).toHaveLength(0);
        expect(link.is('[data-pagefind-ignore]')).toBe(true);
      });
    }
  });
});

describe('"Cite this release"', () => {
  it('gives a plain-text citation with the permanent URL and a date of access to fill in', () => {
    const $ = readPage(RELEASE_2018);
    expect(foldSpace($('.cite .citation').text())).toBe(
      `U.S. Department of State, Office of the Spokesperson. “United States and France Strengthen Relationship on Cyber Policy.” Media Note, February 9, 2018. U.S.–France Cyber Dialogue Archive. ${SITE}${RELEASE_2018} (accessed [date of access]).`,
    );
    expect(foldSpace($('.cite .note').first().text())).toContain('Replace [date of access]');
  });

  it('gives BibTeX and CSL-JSON in labelled <pre> blocks, with the permanent URL under the base path', () => {
    const $ = readPage(RELEASE_2024, distSubpathDir());
    const url = `${SITE}${SUBPATH_BASE}${RELEASE_2024.slice(1)}`;
    const bibtex = $('pre.cite-bibtex').text();
    expect($('pre.cite-bibtex').prev('h3').text()).toBe('BibTeX');
    expect(bibtex).toMatch(/^@misc\{undated-sixth-us-france-cyber-dialogue,/);
    expect(bibtex).toContain(`url = {${url}}`);
    expect(bibtex).toContain('urldate = {YYYY-MM-DD}');
    expect($('pre.cite-csl-json').prev('h3').text()).toBe('CSL-JSON');
    const [item] = JSON.parse($('pre.cite-csl-json').text()) as Record<string, unknown>[];
    expect(item).toMatchObject({ URL: url, title: 'Sixth U.S.-France Cyber Dialogue', accessed: { raw: 'YYYY-MM-DD' } });
    expect(item).not.toHaveProperty('issued');
  });
});
