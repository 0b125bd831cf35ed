/**
 * The releases already in the archive, as the importer needs them: to refuse the same text twice, whatever its
 * title or slug, and to keep what a person curated when a release is imported again over itself.
 */
import { createHash } from 'node:crypto';
import { mdxBodyText } from '../lib/mentions.ts';
import type { ReleaseFrontmatter } from '../schemas/release.ts';
import { unescapeMdxText } from './mdx-text.ts';

export interface ExistingRelease {
  /** The release's id: its file name without `.mdx`. */
  id: string;
  /** Its file, as a person would open it. */
  file: string;
  /** Its frontmatter as written (references as ids). */
  frontmatter: ReleaseFrontmatter;
  /** The fingerprint of its text (see `textFingerprint`). */
  fingerprint: string;
}

/**
 * A fingerprint of a text's words: two texts that differ only in case, white space or punctuation have the same one.
 * A hash, so that comparing a release with every release in the archive is one lookup.
 */
export function textFingerprint(text: string): string {
  // Full stops and apostrophes join their neighbours ("U.S." is "US"); any other punctuation separates words.
  const words = text.normalize('NFKC').toLowerCase().replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex');
}

/** The plain text of a release file's MDX body, as a reader sees it. */
export function releaseBodyText(mdxBody: string): string {
  return unescapeMdxText(mdxBodyText(mdxBody));
}

/** The releases of an archive by the fingerprint of their text. */
export function indexByFingerprint(releases: ReadonlyArray<ExistingRelease>): Map<string, ExistingRelease> {
  return new Map(releases.map((release) => [release.fingerprint, release]));
}
