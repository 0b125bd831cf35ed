import { describe, expect, it } from 'vitest';
import { decideHeader } from '../../src/importer/header-fields.ts';
import { ImportError } from '../../src/importer/import-error.ts';

const HEADER = { title: 'A Title', documentType: 'media-note' as const, office: 'Office of the Spokesperson', issued: '2024-03-13', unrecognised: [] };

describe('decideHeader', () => {
  it('takes the fields the text gives; what it does not give is unknown', () => {
    const { value, notes } = decideHeader(HEADER, {}, 'a.txt');
    expect(value).toEqual({ title: 'A Title', titleInText: true, documentType: 'media-note', office: 'Office of the Spokesperson', dateline: 'unknown', issued: '2024-03-13' });
    expect(notes.decided).toContain('Dateline: unknown (not in the text)');
    expect(notes.check).toEqual([]);
  });

  it('a given title replaces the text\'s, and one with no source is to check', () => {
    expect(decideHeader(HEADER, { title: 'Other' }, 'a.txt').notes.check).toEqual([
      'Title: --title replaces the title in the text ("A Title").',
      'The title is not in the text and no --title-source-url cites where it comes from.',
    ]);
    const cited = decideHeader({ unrecognised: [], documentType: 'readout' }, { title: 'Given', titleSource: { url: 'https://example.org/' } }, 'a.txt').value;
    expect(cited).toMatchObject({ title: 'Given', titleInText: false, titleSource: { title: 'Source of the title', url: 'https://example.org/', supports: expect.stringMatching(/no title line/) } });
  });

  it('a saved page\'s marked title counts as the text\'s', () => {
    expect(decideHeader({ unrecognised: [], documentType: 'readout' }, { markedTitle: 'Marked' }, 'a.html').value).toMatchObject({ title: 'Marked', titleInText: true });
  });

  it('refuses to invent a title or a document type', () => {
    expect(() => decideHeader({ unrecognised: [], documentType: 'readout' }, {}, 'a.txt')).toThrow(ImportError);
    expect(() => decideHeader({ unrecognised: [], documentType: 'readout' }, {}, 'a.txt')).toThrow(/a\.txt has no title line[\s\S]*--title/);
    expect(() => decideHeader({ unrecognised: [], title: 'T' }, {}, 'a.txt')).toThrow(/does not say what kind of document it is[\s\S]*--document-type/);
    expect(decideHeader({ unrecognised: [], title: 'T' }, { documentType: 'fact-sheet' }, 'a.txt').value.documentType).toBe('fact-sheet');
  });
});
