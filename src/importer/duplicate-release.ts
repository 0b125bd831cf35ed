/**
 * A release whose text is already in the archive is refused, whatever its title or slug: the same words (compared
 * without case, white space or punctuation) under another name would be a second copy of one release.
 */
import type { ExistingRelease } from './existing-releases.ts';
import { indexByFingerprint, textFingerprint } from './existing-releases.ts';
import { ImportError } from './import-error.ts';
import { stage, type Stage } from './stage.ts';

/** The existing release of the same id (which writing would replace), after refusing a duplicate under another id. */
export function refuseDuplicate(text: string, slug: string, releases: ReadonlyArray<ExistingRelease>, fileName: string): Stage<ExistingRelease | undefined> {
  const twin = indexByFingerprint(releases).get(textFingerprint(text));
  if (twin && twin.id !== slug) {
    throw new ImportError(`${fileName} is a duplicate: its text is that of ${twin.file} (the same words, whatever the title or slug), which is already in the archive. Nothing to import; to correct that release, edit its file.`);
  }
  const existing = releases.find((release) => release.id === slug);
  if (!existing) return stage(undefined, { decided: [`Release file: releases/${slug}.mdx (new)`] });
  const same = twin === existing ? 'with the same text' : 'with a different text';
  return stage(existing, { decided: [`Release file: releases/${slug}.mdx`], check: [`${existing.file} already exists (${same}); writing it needs --force.`] });
}
