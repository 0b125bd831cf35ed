import { describe, expect, it } from 'vitest';
import { nameWithAcronym, readNameList, writeNameList } from '../../src/lib/search-names.ts';

describe('writeNameList and readNameList', () => {
  it('write each name marked by what it is, and read the same list back', () => {
    const list = { name: 'Ministry of the Interior', wording: 'Ministry of Home Affairs', local: "Ministère de l'Intérieur", others: ['Interior Ministry'] };
    const value = writeNameList(list);
    expect(value).toBe("Ministry of the Interior | ‘Ministry of Home Affairs’ | «Ministère de l'Intérieur» | “Interior Ministry”");
    expect(readNameList(value)).toEqual(list);
  });

  it('keep an acronym with its name, or alone', () => {
    expect(writeNameList({ name: 'National Cybersecurity Agency', acronym: 'ANSSI', others: [] })).toBe('National Cybersecurity Agency (ANSSI)');
    expect(readNameList('National Cybersecurity Agency (ANSSI)')).toEqual({ name: 'National Cybersecurity Agency', acronym: 'ANSSI', others: [] });
    expect(writeNameList({ acronym: 'FBI', others: ['Bureau'] })).toBe('(FBI) | “Bureau”');
    expect(readNameList('(FBI) | “Bureau”')).toEqual({ acronym: 'FBI', others: ['Bureau'] });
  });

  it('keep a bracket inside a quoted name', () => {
    const list = { name: 'National Cybersecurity Agency', wording: 'National Cybersecurity Agency (ANSSI)', others: [] };
    expect(readNameList(writeNameList(list))).toEqual(list);
  });

  it('write nothing for no name', () => {
    expect(writeNameList({ others: [] })).toBe('');
    expect(readNameList('')).toEqual({ others: [] });
  });

  it('refuse a name the list could not read back, naming it', () => {
    expect(() => writeNameList({ name: 'A | B', others: [] })).toThrow(/"A \| B"/);
    expect(() => writeNameList({ others: ['“quoted”'] })).toThrow(/quoted/);
    expect(() => writeNameList({ name: 'Agency (X)', acronym: 'Y', others: [] })).toThrow(/bracket/);
    expect(() => writeNameList({ name: ' ', others: [] })).toThrow(/empty/);
  });
});

describe('nameWithAcronym', () => {
  it('shows an agency as the pages do', () => {
    expect(nameWithAcronym({ name: 'Federal Bureau of Investigation', acronym: 'FBI' })).toBe('Federal Bureau of Investigation (FBI)');
    expect(nameWithAcronym({ name: 'Ministry of Justice' })).toBe('Ministry of Justice');
    expect(nameWithAcronym({ acronym: 'FBI' })).toBe('FBI');
  });
});
