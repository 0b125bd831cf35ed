/**
 * The recurring passages of the archive as the pages and the data file show them: each appearance in its release's
 * own words, and each later appearance's difference from the first. Built once per build (src/lib/archive.ts).
 */
import type { ReleaseEntry } from './archive-content.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { releaseParagraphs } from './open-data.ts';
import { passageNotesByRelease, type PassageNote } from './passage-notes.ts';
import { textWords, wordsText } from './passage-words.ts';
import { findRecurringPassages, type PassageSpan } from './recurring-passages.ts';
import { wordChanges, wordDiff, type WordChange, type WordDiffPart, type WrittenWords } from './word-diff.ts';

/** Where a passage appears, and its words there as written. */
export interface PassageAppearance {
  release: ReleaseEntry;
  /** The paragraph (from 1, as its `#pN` anchor). */
  paragraph: number;
  /** Where its words start and end among the paragraph's words (from 0, end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface LaterPassageAppearance extends PassageAppearance {
  /** The difference from the words of the first appearance that it repeats. */
  diff: WordDiffPart[];
  changes: WordChange[];
}

export interface PassageRecord {
  /** Names the passage by its first appearance: `passage-<release id>-p<paragraph>-w<first word, from 1>` (its anchor on /language/). */
  id: string;
  first: PassageAppearance;
  /** In date order of the releases. */
  later: LaterPassageAppearance[];
}

/** The id of a passage, from its first appearance. */
export function passageId(first: { release: { id: string }; paragraph: number; start: number }): string {
  // Starts with a word: release ids start with a date, and an id should start with a letter.
  return `passage-${first.release.id}-p${first.paragraph}-w${first.start + 1}`;
}

/**
 * The recurring passages of the releases (oldest first: the archive's date order, where a release without a date
 * of issue is placed by the dialogue it reports), in the order of their first appearance.
 */
export function recurringPassageRecords(releasesOldestFirst: readonly ReleaseEntry[]): PassageRecord[] {
  const paragraphsOf = new Map(releasesOldestFirst.map((release) => [release.id, releaseParagraphs(release.body)]));
  const found = findRecurringPassages(releasesOldestFirst.map((release) => ({ id: release.id, paragraphs: paragraphsOf.get(release.id)! })));
  const byId = new Map(releasesOldestFirst.map((release) => [release.id, release]));

  // Paragraphs are split into words again only where a passage is, and only the first appearance's paragraph is
  // kept while its passages are read (passages come grouped by it), so that memory does not grow with the archive.
  let held: { key: string; written: WrittenWords } | undefined;
  const paragraphWords = (release: string, paragraph: number, keep: boolean): WrittenWords => {
    const key = `${release}\u0000${paragraph}`;
    if (held?.key === key) return held.written;
    const text = paragraphsOf.get(release)![paragraph - 1]!;
    const written = { text, words: textWords(text) };
    if (keep) held = { key, written };
    return written;
  };
  const span = ({ release, paragraph, start, end }: PassageSpan, keep = false): WrittenWords => {
    const { text, words } = paragraphWords(release, paragraph, keep);
    return { text, words: words.slice(start, end) };
  };
  const appearance = (where: PassageSpan, words: WrittenWords): PassageAppearance => ({
    release: byId.get(where.release)!,
    paragraph: where.paragraph,
    start: where.start,
    end: where.end,
    text: wordsText(words.text, words.words, 0, words.words.length),
  });

  return found.map(({ first, later }) => {
    const firstAppearance = appearance(first, span(first, true));
    return {
      id: passageId(firstAppearance),
      first: firstAppearance,
      later: later.map((repeat) => {
        const words = span(repeat);
        const diff = wordDiff(span({ ...first, start: repeat.sourceStart, end: repeat.sourceEnd }, true), words);
        return { ...appearance(repeat, words), diff, changes: wordChanges(diff) };
      }),
    };
  });
}

export interface RecurringPassagesIndex {
  passages: PassageRecord[];
  /** For each release id, the notes that mark its recurring passages, by paragraph number. */
  notesByRelease: Map<string, Map<number, PassageNote[]>>;
}

/** The recurring passages of the archive, in its date order (oldest first), and the notes of each release. */
export function recurringPassagesIndex(archive: ArchiveIndex): RecurringPassagesIndex {
  const passages = recurringPassageRecords([...archive.releasesNewestFirst].reverse());
  return { passages, notesByRelease: passageNotesByRelease(passages) };
}
