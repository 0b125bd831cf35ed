import { describe, expect, it } from 'vitest';
import { splitRelease } from '../../src/importer/release-header.ts';

const lines = (text: string) => text.split('\n');
const BODY = 'On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue in Washington.';

describe('splitRelease: header lines in any order, any of them missing', () => {
  it('the 2018 layout: title, type, office, dateline, date', () => {
    const { header, paragraphs } = splitRelease(lines('A Title Here\n\nMedia Note\nOffice of the Spokesperson\n\nWashington, DC\nFebruary 9, 2018\n\nFirst paragraph of the text that is a sentence.\n\nSecond one.')).value;
    expect(header).toEqual({ title: 'A Title Here', documentType: 'media-note', office: 'Office of the Spokesperson', dateline: 'Washington, DC', issued: '2018-02-09', unrecognised: [] });
    expect(paragraphs).toEqual(['First paragraph of the text that is a sentence.', 'Second one.']);
  });

  it('the current layout: type first, then title, office and date; the title is not left in the text', () => {
    const { header, paragraphs } = splitRelease(lines(`Media Note\nSixth U.S.-France Cyber Dialogue\nOffice of the Spokesperson\nMarch 13, 2024\n${BODY}`)).value;
    expect(header).toEqual({ documentType: 'media-note', title: 'Sixth U.S.-France Cyber Dialogue', office: 'Office of the Spokesperson', issued: '2024-03-13', unrecognised: [] });
    expect(paragraphs).toEqual([BODY]);
  });

  it('the 2024 seed layout: only the document type, paragraphs one per line', () => {
    const { header, paragraphs } = splitRelease(lines(`Media Note\n${BODY}\nSecond paragraph here.`)).value;
    expect(header).toEqual({ documentType: 'media-note', unrecognised: [] });
    expect(paragraphs).toEqual([BODY, 'Second paragraph here.']);
  });

  it('another order: date, dateline, office, title, type', () => {
    const { header } = splitRelease(lines(`March 13, 2024\nWashington, DC\nOffice of the Spokesperson\nA Title\nJoint Statement\n\n${BODY}`)).value;
    expect(header).toEqual({ issued: '2024-03-13', dateline: 'Washington, DC', office: 'Office of the Spokesperson', title: 'A Title', documentType: 'joint-statement', unrecognised: [] });
  });

  it('a one-line release: header items run together before the text', () => {
    const { header, paragraphs } = splitRelease([`Media Note Sixth U.S.-France Cyber Dialogue Office of the Spokesperson March 13, 2024 ${BODY}`]).value;
    expect(header).toEqual({ documentType: 'media-note', title: 'Sixth U.S.-France Cyber Dialogue', office: 'Office of the Spokesperson', issued: '2024-03-13', unrecognised: [] });
    expect(paragraphs).toEqual([BODY]);
    expect(splitRelease([`Media Note ${BODY}`]).value).toMatchObject({ header: { documentType: 'media-note' }, paragraphs: [BODY] });
  });

  it('a text that starts with a date is not a header', () => {
    const text = 'March 11, 2024, was the first day of the sixth dialogue between the United States and France.';
    expect(splitRelease(['A Title', 'Media Note', text]).value).toMatchObject({ header: { title: 'A Title', documentType: 'media-note' }, paragraphs: [text] });
  });

  it('a title known from the page or the command line is taken wherever it stands, and never left in the text', () => {
    expect(splitRelease(['Media Note', 'A Title', BODY], { marked: 'A Title' }).value).toMatchObject({ header: { title: 'A Title' }, paragraphs: [BODY] });
    expect(splitRelease(['Media Note', 'A Title', '', 'A Title', BODY]).value.paragraphs).toEqual([BODY]);
    expect(splitRelease(['Media Note', BODY], { given: 'A Title' }).value).toMatchObject({ header: { documentType: 'media-note' }, paragraphs: [BODY] });
  });

  it('keeps header lines it does not understand at the start of the text, and says so', () => {
    const { value, notes } = splitRelease(['A Title', 'Media Note', 'For Immediate Release', BODY]);
    expect(value.paragraphs).toEqual(['For Immediate Release', BODY]);
    expect(notes.check).toEqual(['Header lines not understood, kept at the start of the text: "For Immediate Release".']);
  });

  it('leaves the "Begin text:"/"End text" markers out, and says so', () => {
    const { value, notes } = splitRelease(['A Title', 'Joint Statement', '', 'Begin Text:', BODY, 'End Text.']);
    expect(value).toMatchObject({ paragraphs: [BODY], markers: ['Begin Text:', 'End Text.'] });
    expect(notes.read).toEqual(['Left out of the text: the markers "Begin Text:" and "End Text.".']);
    expect(splitRelease(['A Title', 'Joint Statement', `Begin text: ${BODY} End text`]).value.paragraphs).toEqual([BODY]);
  });

  it('joins a line broken inside a sentence', () => {
    expect(splitRelease(lines('Media Note\nOn March 11-12, 2024, the United States and France held the\nsixth bilateral Cyber Dialogue.\nNext.')).value.paragraphs).toEqual([
      'On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue.',
      'Next.',
    ]);
  });

  it('other document types, and a title alone', () => {
    expect(splitRelease(['Joint Statement', 'Text of the statement goes on here for a while.']).value.header.documentType).toBe('joint-statement');
    expect(splitRelease(['READOUT']).value.header.documentType).toBe('readout');
    expect(splitRelease(['Just A Title']).value.paragraphs).toEqual([]);
  });
});
