/**
 * The raw files of releases, kept unchanged in the content folder (`sources/…`): where a release's file is, and its
 * SHA-256 as the build reads it. (Build-time file access, beside the pure functions: used by src/lib/archive.ts
 * and the route that serves the files.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The path of a release's raw file: `storedPath` ("sources/<file>") inside the content folder, which holds the
 * release's own file ("<content>/releases/<id>.mdx").
 */
export function sourceFilePath(releaseFilePath: string, storedPath: string): string {
  return join(dirname(dirname(releaseFilePath)), storedPath);
}

/** The SHA-256 of a file, or undefined when there is no file there to read. */
export function fileSha256(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return createHash('sha256').update(bytes).digest('hex');
}
