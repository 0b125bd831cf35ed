import { describe, expect, it } from 'vitest';
import { decodeText, TextEncodingError, textAsUtf8 } from '../../src/lib/text-encoding.ts';

const TEXT = 'Ministère de l’Europe — “cyber” dialogue, 2099.\n';
const bytes = (...parts: Array<number[] | Uint8Array>) => new Uint8Array(parts.flatMap((part) => [...part]));
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) new DataView(out.buffer).setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
};
// "Ministère", curly quotes and dashes as Windows-1252 writes them.
const WINDOWS_1252 = bytes([...'Minist'].map((c) => c.charCodeAt(0)), [0xe8], [...'re '].map((c) => c.charCodeAt(0)), [0x93, 0x63, 0x94, 0x20, 0x96, 0x20, 0x92]);

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), TEXT, 'utf-8', false],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)), TEXT, 'utf-8', true],
    ['UTF-16 little-endian with a byte-order mark', bytes([0xff, 0xfe], utf16(TEXT, true)), TEXT, 'utf-16le', true],
    ['UTF-16 big-endian with a byte-order mark', bytes([0xfe, 0xff], utf16(TEXT, false)), TEXT, 'utf-16be', true],
    ['Windows-1252, when the bytes are not UTF-8', WINDOWS_1252, 'Ministère “c” – ’', 'windows-1252', false],
  ])('%s', (_what, input, text, encoding, byteOrderMark) => {
    expect(decodeText(input)).toEqual({ text, encoding, byteOrderMark });
  });

  it.each([
    ['UTF-16 without its byte-order mark', utf16(TEXT.repeat(3), true), /looks like UTF-16 text without a byte-order mark[\s\S]*save it as UTF-8/],
    ['a binary file', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /contains NUL bytes, so it is not plain text/],
    ['UTF-8 with bytes of another encoding pasted in', bytes(new TextEncoder().encode('Déjà — '), [0xe9, 0x20]), /mixes encodings[\s\S]*offset 11 \(0xE9\)/],
    ['a broken UTF-16 file', bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]), /byte-order mark of UTF-16 little-endian, but its bytes are not valid/],
    ['bytes full of control characters', new Uint8Array(Array.from({ length: 90 }, (_, i) => (i % 4 === 0 ? 0x02 : 0x61))), /holds \d+ control characters when read as UTF-8/],
  ])('refuses %s, saying how to re-save it', (_what, input, message) => {
    expect(() => decodeText(input)).toThrow(TextEncodingError);
    expect(() => decodeText(input)).toThrow(message);
  });

  it('reads a stray control character as text (the importer removes it)', () => {
    expect(decodeText(new TextEncoder().encode(`${'a'.repeat(200)}\u0007`)).encoding).toBe('utf-8');
  });
});

describe('textAsUtf8', () => {
  it('serves UTF-8 byte for byte and other encodings as the same characters in UTF-8', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(textAsUtf8(utf8)).toBe(utf8);
    expect(new TextDecoder().decode(textAsUtf8(WINDOWS_1252))).toBe('Ministère “c” – ’');
    expect(new TextDecoder().decode(textAsUtf8(bytes([0xff, 0xfe], utf16(TEXT, true))))).toBe(TEXT);
  });
});
