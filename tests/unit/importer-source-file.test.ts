import { describe, expect, it } from 'vitest';
import { describeSource, keepSource, storedSourcePath } from '../../src/importer/source-file.ts';
import { sha256 } from '../../src/lib/source-files.ts';

const header = { title: 'T', documentType: 'media-note' as const, office: 'O', dateline: 'D', issued: '2024-03-13', unrecognised: [] };

describe('the raw file of a release', () => {
  it('is kept under the release id, its extension kept', () => {
    expect(storedSourcePath('2018-02-09-a-title', '000_04e67a5f582b5571.txt')).toBe('sources/2018-02-09-a-title.txt');
    expect(storedSourcePath('r', 'Saved Page.HTML')).toBe('sources/r.html');
    expect(storedSourcePath('r', 'no-extension')).toBe('sources/r.txt');
    expect(storedSourcePath('r', 'odd.t x t')).toBe('sources/r.txt');
  });

  it('has its SHA-256 recorded', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const bytes = new TextEncoder().encode('x');
    expect(keepSource('r', { fileName: 'in.txt', bytes, decoded: { encoding: 'utf-8', byteOrderMark: false }, format: 'text', removed: [], markers: [], header }).value).toEqual({
      fields: { file: 'in.txt', path: 'sources/r.txt', sha256: sha256(bytes), description: 'Text of the release as scraped from its web page to plain text. No scraping debris was found.' },
      bytes,
    });
  });

  it('is described: format, encoding, what was removed, markers, what the header lacks', () => {
    expect(
      describeSource({ fileName: 'a.html', bytes: new Uint8Array(), decoded: { encoding: 'windows-1252', byteOrderMark: false }, format: 'html', removed: ['its scripts'], markers: ['Begin text:', 'End text'], header: { unrecognised: [], title: 'T' } }),
    ).toBe(
      'A web page of the release saved from a browser; the text is its article, read with an HTML parser. The file is Windows-1252 text. Removed as scraping debris: its scripts. The markers "Begin text:" and "End text" around the text were left out. The saved page carries no issuing office, no dateline and no date of issue.',
    );
  });
});
