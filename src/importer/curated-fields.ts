/**
 * Importing a release again over its own file (`--force`): the fields a person curated by hand in that file
 * (the cited source of a title, the confirmed topics, the source's links) are kept unless told otherwise, and
 * every field that changes is listed, so that nothing curated is lost without being named.
 */
import { findTopicEvidence } from '../lib/topics.ts';
import type { ReleaseFrontmatter } from '../schemas/release.ts';
import type { ContentRegistry } from './content-registry.ts';
import type { ExistingRelease } from './existing-releases.ts';
import { stage, type Stage } from './stage.ts';

/** Fields that the text does not state and a person decides; the option that replaces them anyway. */
export const CURATED_FIELDS = ['titleSource', 'topics', 'source.links'] as const;
export const REPLACE_CURATED_OPTION = '--replace-curated';
/** Fields the importer writes from the text (and the raw file), which a new import replaces. */
const TEXT_FIELDS = ['title', 'documentType', 'office', 'dateline', 'issued', 'dialogue', 'delegations', 'source.file', 'source.path', 'source.sha256', 'source.description'] as const;

type FieldPath = (typeof CURATED_FIELDS)[number] | (typeof TEXT_FIELDS)[number];

function valueAt(frontmatter: ReleaseFrontmatter, path: FieldPath): unknown {
  const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], frontmatter);
  // An empty list and no list are the same to a reader.
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameSet = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && same([...a].sort(), [...b].sort());
const shown = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * The frontmatter to write over `existing` (the release file of the same id), with its curated fields kept
 * (unless `replaceCurated`); the notes list what is kept and what is replaced.
 */
export function mergeCuratedFields(
  imported: ReleaseFrontmatter,
  existing: ExistingRelease | undefined,
  replaceCurated: boolean,
  context: { topics: ContentRegistry['topics']; text: string },
): Stage<ReleaseFrontmatter> {
  if (!existing) return stage(imported);
  const old = existing.frontmatter;
  const check: string[] = [];
  const merged: ReleaseFrontmatter = { ...imported, source: { ...imported.source } };

  for (const path of CURATED_FIELDS) {
    const [before, after] = [valueAt(old, path), valueAt(imported, path)];
    if (before === undefined || same(before, after) || (path === 'topics' && sameSet(before, after) && !replaceCurated)) {
      if (path === 'topics' && before !== undefined && sameSet(before, after)) merged.topics = [...(before as string[])];
      continue;
    }
    if (replaceCurated) {
      check.push(`${existing.file}: ${REPLACE_CURATED_OPTION} replaces the curated ${path} (was ${shown(before)}; now ${shown(after)}).`);
      continue;
    }
    if (path === 'titleSource') merged.titleSource = old.titleSource!;
    if (path === 'source.links') merged.source.links = old.source.links!;
    if (path === 'topics') {
      // A confirmed topic stays only while the text still supports it.
      const supported = (before as string[]).filter((id) => {
        const topic = context.topics.find((entry) => entry.id === id);
        return topic !== undefined && findTopicEvidence(topic.data, context.text) !== undefined;
      });
      const dropped = (before as string[]).filter((id) => !supported.includes(id));
      if (supported.length > 0) merged.topics = supported;
      if (dropped.length > 0) check.push(`${existing.file}: the curated topics ${dropped.join(', ')} are no longer supported by the text and are left out.`);
    }
    check.push(`${existing.file}: the curated ${path} is kept (${shown(valueAt(merged, path))}); ${REPLACE_CURATED_OPTION} would replace it with ${shown(after)}.`);
  }
  // The same raw file again (say, the copy kept in sources/): its original name stays.
  if (old.source?.sha256 === imported.source.sha256 && old.source.file && old.source.file !== imported.source.file) {
    merged.source.file = old.source.file;
    check.push(`${existing.file}: the raw file is the one it was imported from (the same SHA-256); its original name "${old.source.file}" is kept.`);
  }
  for (const path of TEXT_FIELDS) {
    const [before, after] = [valueAt(old, path), valueAt(merged, path)];
    if (!same(before, after)) check.push(`${existing.file}: ${path} is replaced with what the text gives (was ${shown(before)}; now ${shown(after)}).`);
  }
  return stage(merged, { check });
}
