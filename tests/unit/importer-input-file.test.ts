import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFileError, readInputFile } from '../../src/importer/input-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'input-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputFile', () => {
  it('reads a file: its name and bytes', () => {
    writeFileSync(join(dir, 'a.txt'), 'abc');
    expect(readInputFile(join(dir, 'a.txt'))).toEqual({ fileName: 'a.txt', bytes: Buffer.from('abc') });
  });

  it('says in one line why a path is no file to read', () => {
    expect(() => readInputFile(join(dir, 'missing.txt'))).toThrow(InputFileError);
    expect(() => readInputFile(join(dir, 'missing.txt'))).toThrow(/missing\.txt does not exist\./);
    expect(() => readInputFile(dir)).toThrow(/is a folder, not a file\./);
  });
});
