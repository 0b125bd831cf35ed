import { describe, expect, it } from 'vitest';
import { ACCESS_DATE_PLACEHOLDERS, releaseBibtex, releaseCitation, releaseCslJson } from '../../src/lib/citation.ts';
import { release } from './archive-fixture.ts';

describe('releaseCitation', () => {
  it('names the issuer, title, kind, date of issue, the archive and the URL', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Partners Meet', office: 'Office of the Spokesperson', issued: '2019-03-04' }), 'https://example.org/releases/r/');
    expect(cited).toBe(
      'U.S. Department of State, Office of the Spokesperson. “Partners Meet.” Media Note, March 4, 2019. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/',
    );
  });

  it('says what the source does not state instead of guessing', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Who Met?' }), 'https://example.org/releases/r/');
    expect(cited).toBe('U.S. Department of State. “Who Met?” Media Note, date of issue not stated. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/');
  });
});

describe('releaseCitation with a date of access', () => {
  it('adds the placeholder the reader replaces after the URL', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Who Met?' }), 'https://example.org/r/', ACCESS_DATE_PLACEHOLDERS.text);
    expect(cited).toMatch(/ https:\/\/example\.org\/r\/ \(accessed \[date of access\]\)\.$/);
  });
});

describe('releaseBibtex', () => {
  it('is a @misc entry with a corporate author, the date when stated, the URL and an access-date placeholder', () => {
    const entry = releaseBibtex(release('2019-03-04-partners', 'd', { title: 'Partners & Co {Meet}', office: 'Office of the Spokesperson', issued: '2019-03-04' }), 'https://example.org/r/');
    expect(entry).toBe(
      [
        '@misc{2019-03-04-partners,',
        '  author = {{U.S. Department of State}},',
        '  title = {{Partners \\& Co \\{Meet\\}}},',
        '  howpublished = {Media Note},',
        '  organization = {U.S. Department of State, Office of the Spokesperson},',
        '  date = {2019-03-04},',
        '  year = {2019},',
        '  publisher = {U.S.–France Cyber Dialogue Archive},',
        '  url = {https://example.org/r/},',
        '  urldate = {YYYY-MM-DD}',
        '}',
      ].join('\n'),
    );
  });

  it('gives no date when the source states none, and says so', () => {
    const entry = releaseBibtex(release('r', 'd'), 'https://example.org/r/');
    expect(entry).not.toMatch(/date = \{\d|year =/);
    expect(entry).toContain('note = {Date of issue not stated in the source}');
    expect(entry).not.toContain('organization');
  });
});

describe('releaseCslJson', () => {
  it('is one CSL item with the issuer as a literal author, the date as date-parts, the URL and the access placeholder', () => {
    const [item] = releaseCslJson(release('r', 'd', { title: 'Partners Meet', office: 'Office of the Spokesperson', issued: '2019-03-04' }), 'https://example.org/r/');
    expect(item).toEqual({
      id: 'r',
      type: 'document',
      title: 'Partners Meet',
      author: [{ literal: 'U.S. Department of State' }],
      authority: 'U.S. Department of State, Office of the Spokesperson',
      genre: 'Media Note',
      publisher: 'U.S.–France Cyber Dialogue Archive',
      URL: 'https://example.org/r/',
      accessed: { raw: 'YYYY-MM-DD' },
      issued: { 'date-parts': [[2019, 3, 4]] },
    });
  });

  it('leaves out the date of issue when the source does not state it', () => {
    const [item] = releaseCslJson(release('r', 'd'), 'https://example.org/r/');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('authority');
    expect(item!.note).toBe('Date of issue not stated in the source');
  });
});
