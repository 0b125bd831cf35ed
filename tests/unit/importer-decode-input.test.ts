import { describe, expect, it } from 'vitest';
import { decodeInput, releaseText } from '../../src/importer/decode-input.ts';
import { ImportError } from '../../src/importer/import-error.ts';

describe('decodeInput', () => {
  it('reads the bytes and says in which encoding', () => {
    expect(decodeInput({ fileName: 'a.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) })).toMatchObject({ value: { text: 'café', encoding: 'windows-1252' }, notes: { read: ['Encoding: Windows-1252 (the bytes are not UTF-8).'] } });
    expect(decodeInput({ fileName: 'a.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]) }).notes.read).toEqual(['Encoding: UTF-8, with a byte-order mark.']);
  });

  it('refuses empty files and bytes that are no text, naming the file', () => {
    expect(() => decodeInput({ fileName: 'a.txt', bytes: new Uint8Array() })).toThrow(/a\.txt is empty/);
    expect(() => decodeInput({ fileName: 'a.txt', bytes: new TextEncoder().encode(' \n\t ') })).toThrow(/a\.txt is empty/);
    expect(() => decodeInput({ fileName: 'a.bin', bytes: new Uint8Array([1, 0, 2, 0, 0, 3]) })).toThrow(ImportError);
    expect(() => decodeInput({ fileName: 'a.bin', bytes: new Uint8Array([1, 0, 2, 0, 0, 3]) })).toThrow(/a\.bin cannot be read as text: it contains NUL bytes/);
  });
});

describe('releaseText', () => {
  it('joins the paragraphs, or says there is no text', () => {
    expect(releaseText(['One.', 'Two.'], 'T', 'a.txt')).toBe('One.\n\nTwo.');
    expect(() => releaseText([], 'T', 'a.txt')).toThrow(/has a title \("T"\) but no text/);
    expect(() => releaseText([], undefined, 'a.txt')).toThrow(/has no release text/);
  });
});
