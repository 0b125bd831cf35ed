import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/importer/import-report.ts';

describe('importReport', () => {
  it('says what was read, then what was decided, then what a person must check', () => {
    expect(importReport('a.txt', { read: ['Encoding: UTF-8.'], decided: ['Title: T'], check: ['Topics …'] })).toBe('Read from a.txt:\n  Encoding: UTF-8.\nDecided:\n  Title: T\nTo check:\n  Topics …');
    expect(importReport('a.txt', { read: ['R'], decided: [], check: [] })).toBe('Read from a.txt:\n  R\nTo check:\n  nothing');
  });
});
