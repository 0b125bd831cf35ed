/**
 * The raw files of releases, kept unchanged in the content folder (`sources/…`): where a release's file is, and its
 * SHA-256 as the build reads it, and which of them the site publishes. (Build-time file access, beside the pure
 * functions: used by src/lib/archive.ts and by the integration that publishes the files.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ContentProblem } from './integrity.ts';

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
  return sha256(bytes);
}

/** The SHA-256 of bytes, as 64 lower-case hexadecimal digits: what a release's frontmatter records of its raw file. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file name without its extension: the id of the release a raw file belongs to. */
function releaseIdOf(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

/** The name a release's raw file is stored under: `sources/<release id>.<extension>`, the importer's name for it. */
export function isNamedAfterRelease(storedPath: string, releaseId: string): boolean {
  const name = basename(storedPath);
  return extname(name) !== '' && releaseIdOf(name) === releaseId;
}

/** A raw file to publish: its name in `sources/`, and the release it belongs to (served as `/sources/<id>.txt`). */
export interface SourceFileToPublish {
  file: string;
  releaseId: string;
}

/**
 * Which raw files of `sources/` to publish, from the names in that folder and the releases' ids: each file belongs
 * to the release it is named after. A file of no release (left behind when its release was removed or renamed),
 * or a second file for one release, is a mistake in the content, not a file to publish: each is a problem, named
 * by its path in the content folder.
 */
export function sourceFilesToPublish(fileNames: readonly string[], releaseIds: ReadonlySet<string>): { files: SourceFileToPublish[]; problems: ContentProblem[] } {
  const files: SourceFileToPublish[] = [];
  const problems: ContentProblem[] = [];
  const fileOf = new Map<string, string>();
  // A name starting with a dot is never a raw file (the schema refuses it): a system's file such as .DS_Store.
  for (const file of fileNames.filter((name) => !name.startsWith('.')).sort()) {
    const releaseId = releaseIdOf(file);
    const other = fileOf.get(releaseId);
    if (!releaseIds.has(releaseId)) {
      problems.push({ file: `sources/${file}`, message: `expected the raw file of a release, named after it (releases/${releaseId}.mdx); there is no such release` });
    } else if (other !== undefined) {
      problems.push({ file: `sources/${file}`, message: `expected one raw file for the release "${releaseId}"; sources/${other} is also one` });
    } else {
      fileOf.set(releaseId, file);
      files.push({ file, releaseId });
    }
  }
  return { files, problems };
}
