import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { releaseBibtex, releaseCitation, releaseCslJson, unstatedIssueNote } from '../../src/lib/citation.ts';
import { release } from './archive-fixture.ts';

const dated = release('2019-03-04-partners', 'd', { title: 'Partners & Co {Meet} – Again', office: 'Office of the Spokesperson', issued: '2019-03-04' });
const undated = release('undated-who-met', 'd', { title: 'Who Met?' });
const bound = { issuedNoEarlierThan: { precision: 'day', date: '2019-05-06' } } as const;
const url = 'https://example.org/releases/r/';

/** The fields that classic BibTeX's standard styles and BibLaTeX both know for @misc. */
const SHARED_MISC_FIELDS = ['author', 'title', 'howpublished', 'year', 'month', 'url', 'note'];

describe('releaseCitation', () => {
  it('names the issuer, title, kind, date of issue, the archive and the URL', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Partners Meet', office: 'Office of the Spokesperson', issued: '2019-03-04' }), url);
    expect(cited).toBe(
      'U.S. Department of State, Office of the Spokesperson. “Partners Meet.” Media Note, March 4, 2019. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/',
    );
  });

  it('says what the source does not state instead of guessing, with the derived bound marked as such', () => {
    expect(releaseCitation(undated, url)).toBe('U.S. Department of State. “Who Met?” Media Note, date of issue not stated. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/');
    expect(releaseCitation(undated, url, bound)).toContain('Media Note, date of issue not stated (no earlier than May 6, 2019, derived from the dialogue\'s dates).');
  });

  it('carries no placeholder for the reader to fill in', () => {
    expect(releaseCitation(undated, url, bound)).not.toMatch(/\[|YYYY|access/);
  });
});

describe('releaseBibtex', () => {
  it('is a @misc entry in the fields BibTeX and BibLaTeX share, with the date only as the source states it', () => {
    expect(releaseBibtex(dated, url)).toBe(
      [
        '@misc{2019-03-04-partners,',
        '  author = {{U.S. Department of State}},',
        '  title = {{Partners \\& Co \\{Meet\\} -- Again}},',
        '  howpublished = {Media Note, Office of the Spokesperson, March 4, 2019},',
        '  year = {2019},',
        '  month = mar,',
        '  url = {https://example.org/releases/r/},',
        '  note = {U.S.--France Cyber Dialogue Archive.}',
        '}',
      ].join('\n'),
    );
  });

  it('gives no year when the source states none, and says so in the note', () => {
    const entry = releaseBibtex(undated, url, bound);
    expect(entry).not.toMatch(/year =|month =/);
    expect(entry).toContain("note = {Date of issue not stated in the source; issued no earlier than May 6, 2019 (derived from the dialogue's dates). U.S.--France Cyber Dialogue Archive.}");
  });

  it.each([
    ['BibTeX', '@bibtex/text'],
    ['BibLaTeX', '@biblatex/text'],
  ])('reads back in %s (citation-js) with the same author, title, date and URL, and no placeholder', (_, type) => {
    for (const entry of [releaseBibtex(dated, url), releaseBibtex(undated, url, bound)]) {
      const [raw] = (plugins.input.data as (input: string, type: string) => unknown)(entry, type) as { type: string; properties: Record<string, string> }[];
      expect(raw!.type).toBe('misc');
      expect(Object.keys(raw!.properties).filter((field) => !SHARED_MISC_FIELDS.includes(field))).toEqual([]);
      for (const value of Object.values(raw!.properties)) expect(value).not.toMatch(/YYYY|\[date|urldate/);
    }
    const [item] = new Cite(releaseBibtex(dated, url), { forceType: type } as never).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      author: [{ family: 'U.S. Department of State' }],
      title: 'Partners & Co {Meet} – Again',
      issued: { 'date-parts': [[2019, 3]] },
      URL: url,
    });
    const [undatedItem] = new Cite(releaseBibtex(undated, url, bound), { forceType: type } as never).data as Record<string, unknown>[];
    expect(undatedItem).not.toHaveProperty('issued');
  });
});

describe('releaseCslJson', () => {
  it('is one CSL item: the Department as author and publisher, the office as authority, the archive as archive', () => {
    const [item] = releaseCslJson(release('r', 'd', { title: 'Partners Meet', office: 'Office of the Spokesperson', issued: '2019-03-04' }), url);
    expect(item).toEqual({
      id: 'r',
      type: 'document',
      title: 'Partners Meet',
      author: [{ literal: 'U.S. Department of State' }],
      authority: 'U.S. Department of State, Office of the Spokesperson',
      genre: 'Media Note',
      publisher: 'U.S. Department of State',
      archive: 'U.S.–France Cyber Dialogue Archive',
      URL: url,
      language: 'en',
      issued: { 'date-parts': [[2019, 3, 4]] },
    });
  });

  it('leaves out the date of issue when the source does not state it, and says so with the derived bound', () => {
    const [item] = releaseCslJson(undated, url, bound);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('accessed');
    expect(item!.note).toBe(unstatedIssueNote(bound));
  });

  it('reads in citation-js as valid CSL, keeping author, publisher, date and URL', () => {
    const [item] = new Cite(releaseCslJson(dated, url), { forceType: '@csl/list+object' } as never).data as Record<string, unknown>[];
    expect(item).toMatchObject({ author: [{ literal: 'U.S. Department of State' }], publisher: 'U.S. Department of State', issued: { 'date-parts': [[2019, 3, 4]] }, URL: url });
  });
});

describe('unstatedIssueNote', () => {
  it('says the date is not stated, and gives a bound only as derived', () => {
    expect(unstatedIssueNote({})).toBe('Date of issue not stated in the source.');
    expect(unstatedIssueNote({ issuedNoEarlierThan: { precision: 'month', month: '2016-09' } })).toBe(
      "Date of issue not stated in the source; issued no earlier than September 2016 (derived from the dialogue's dates).",
    );
  });
});
