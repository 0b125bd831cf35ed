/** Reading the raw file named on the command line: its bytes, or one clear line saying why it cannot be read. */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RawFile } from './import-release.ts';

/** A path that names no readable file; the message is one line, for the person who typed it. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export function readInputFile(path: string): RawFile {
  const file = resolve(path);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new InputFileError(`${file} does not exist. Give the path of the release file to import.`);
  }
  if (stats.isDirectory()) throw new InputFileError(`${file} is a folder, not a file. Give the path of one release file inside it.`);
  if (!stats.isFile()) throw new InputFileError(`${file} is not a regular file. Give the path of the release file to import.`);
  try {
    return { fileName: basename(file), bytes: readFileSync(file) };
  } catch (error) {
    throw new InputFileError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check its permissions.`);
  }
}
