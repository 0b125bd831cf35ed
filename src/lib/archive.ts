/**
 * The one place pages get the archive from: the collections, checked across entries, indexed once per build.
 * (Not unit-tested itself: it only wires `astro:content`, and the raw files' hashes, to the pure functions beside it.)
 */
import { getCollection } from 'astro:content';
import type { ArchiveContent } from './archive-content.ts';
import { indexArchive, type ArchiveIndex } from './archive-index.ts';
import { assertContentIntegrity } from './integrity.ts';
import { recurringPassagesIndex, type RecurringPassagesIndex } from './recurring-passage-index.ts';
import { fileSha256, sourceFilePath } from './source-files.ts';

let archive: Promise<ArchiveIndex> | undefined;
let recurringPassages: Promise<RecurringPassagesIndex> | undefined;

async function loadArchive(): Promise<ArchiveIndex> {
  const [releases, dialogues, agencies, people, topics, officialVersions] = await Promise.all([
    getCollection('releases'),
    getCollection('dialogues'),
    getCollection('agencies'),
    getCollection('people'),
    getCollection('topics'),
    getCollection('officialVersions'),
  ]);
  const content: ArchiveContent = {
    releases: releases.map(({ id, filePath, data, body }) => ({
      id,
      filePath,
      data,
      body: body ?? '',
      sourceFileSha256: filePath ? (fileSha256(sourceFilePath(filePath, data.source.path)) ?? null) : null,
    })),
    dialogues,
    agencies,
    people,
    topics,
    officialVersions,
  };
  assertContentIntegrity(content);
  return indexArchive(content);
}

/** The checked, indexed archive; loaded once and shared by every page of the build. */
export function getArchive(): Promise<ArchiveIndex> {
  return (archive ??= loadArchive());
}

/** The archive's recurring passages and each release's notes on them; found once and shared by every page of the build. */
export function getRecurringPassages(): Promise<RecurringPassagesIndex> {
  return (recurringPassages ??= getArchive().then(recurringPassagesIndex));
}
