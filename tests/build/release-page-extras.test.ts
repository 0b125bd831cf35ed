/** What a release page adds for citing and linking: JSON-LD, paragraph anchors and the "Cite this release" block. */
import { TEST_SITE } from '../helpers/build-site.ts';
import { describe, expect, it } from 'vitest';
import { distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

const SITE = TEST_SITE;
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
  it('gives a plain-text citation with the permanent URL, and says in words to add the date of access', () => {
    const $ = readPage(RELEASE_2018);
    expect(foldSpace($('.cite .citation').text())).toBe(
      `U.S. Department of State, Office of the Spokesperson. “United States and France Strengthen Relationship on Cyber Policy.” Media Note, February 9, 2018. U.S.–France Cyber Dialogue Archive. ${SITE}${RELEASE_2018}`,
    );
    expect(foldSpace($('.cite .note').first().text())).toContain('Add the date you read the release');
    expect($('.cite').text()).not.toMatch(/YYYY|\[date of access\]/);
  });

  it('gives BibTeX and CSL-JSON in labelled <pre> blocks, with the permanent URL under the base path', () => {
    const $ = readPage(RELEASE_2024, distSubpathDir());
    const url = `${SITE}${SUBPATH_BASE}${RELEASE_2024.slice(1)}`;
    const bibtex = $('pre.cite-bibtex').text();
    expect($('pre.cite-bibtex').prev('h3').text()).toBe('BibTeX');
    expect(bibtex).toMatch(/^@misc\{undated-sixth-us-france-cyber-dialogue,/);
    expect(bibtex).toContain(`url = {${url}}`);
    expect(bibtex).not.toContain('urldate');
    expect(bibtex).toContain("note = {Date of issue not stated in the source; issued no earlier than March 12, 2024 (derived from the dialogue's dates).");
    expect($('pre.cite-csl-json').prev('h3').text()).toBe('CSL-JSON');
    const [item] = JSON.parse($('pre.cite-csl-json').text()) as Record<string, unknown>[];
    expect(item).toMatchObject({ URL: url, title: 'Sixth U.S.-France Cyber Dialogue', author: [{ literal: 'U.S. Department of State' }], publisher: 'U.S. Department of State' });
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('issued');
  });
});

describe('other versions and the date of issue', () => {
  it('links the official French translation of the 2018 note, marked as French, without its text', () => {
    const $ = readPage(RELEASE_2018);
    const link = $('#versions-heading').parent().find('a[href^="https://translations.state.gov/2018/02/09/"]');
    expect(link).toHaveLength(1);
    expect([link.attr('lang'), link.attr('hreflang'), link.attr('rel')]).toEqual(['fr', 'fr', 'noopener']);
    expect(foldSpace(link.parent().text())).toContain('Official French translation, U.S. Department of State, February 9, 2018');
    // A link only: in the section, nothing is in French but the link, whose text is the translation's title.
    const section = $('#versions-heading').parent();
    expect(section.find('[lang="fr"]').toArray()).toEqual(link.toArray());
    expect(link.text()).toBe('Renforcement de la relation entre les États-Unis et la France en matière de politique cybernétique');
    expect(readPage(RELEASE_2024)('#versions-heading')).toHaveLength(0);
  });

  it('gives the 2024 release its derived "no earlier than" bound, labelled as derived, its date of issue still unknown', () => {
    const $ = readPage(RELEASE_2024);
    const facts = $('dl.facts').first();
    expect(foldSpace(facts.find('dt:contains("Date of issue") + dd').text())).toBe('date of issue not stated in the source');
    const bound = facts.find('dt:contains("Issued no earlier than") + dd');
    expect(bound.find('time').attr('datetime')).toBe('2024-03-12');
    expect(foldSpace(bound.text())).toContain('derived from the dates of the dialogue it reports');
    expect(readPage(RELEASE_2018)('dt:contains("Issued no earlier than")')).toHaveLength(0);
  });
});
