import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Paris')).toBe('Paris');
    expect(csvField('Ministère de l’Intérieur')).toBe('Ministère de l’Intérieur');
    expect(csvField(6)).toBe('6');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes, line breaks and surrounding spaces, doubling quotes', () => {
    expect(csvField('Washington, D.C.')).toBe('"Washington, D.C."');
    expect(csvField('the "sixth" dialogue')).toBe('"the ""sixth"" dialogue"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('padded ')).toBe('"padded "');
  });
});

describe('toCsv', () => {
  it('writes the header and rows, each line ended by CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x, y'], ['2', '']])).toBe('a,b\r\n1,"x, y"\r\n2,\r\n');
    expect(toCsv(['only'], [])).toBe('only\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields; the header has 2/);
  });
});
