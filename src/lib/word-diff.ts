/**
 * The word-level difference between two appearances of a passage, in their own written words: which words of the
 * earlier one are gone, which are new. Words are compared folded (src/lib/passage-words.ts), as the finder compares
 * them, so a change of case or punctuation alone is no change. The difference itself is jsdiff's (`diffArrays`).
 */
import { diffArrays } from 'diff';
import type { TextWord } from './passage-words.ts';

/** A passage's words as written: its text and its words (the words' places are in `text`). */
export interface WrittenWords {
  text: string;
  words: readonly TextWord[];
}

/** A stretch of the difference: words in both, only in the earlier appearance, or only in the later. */
export interface WordDiffPart {
  kind: 'same' | 'removed' | 'added';
  /** The words as written, from the first word's start to the last word's end. */
  text: string;
  /** What follows the last word in its own text up to the next word (punctuation, a space); empty at the end. */
  after: string;
}

/** One change: the earlier words (empty when words were added) and the later ones (empty when words were left out). */
export interface WordChange {
  from: string;
  to: string;
}

/** Words `from` to `to` (exclusive) as written, and what follows them up to the next word. */
function written({ text, words }: WrittenWords, from: number, to: number): { text: string; after: string } {
  const end = words[to - 1]!.end;
  return { text: text.slice(words[from]!.start, end), after: to < words.length ? text.slice(end, words[to]!.start) : '' };
}

/**
 * The difference from `earlier` to `later`, in order: stretches in both are given in the later words as written,
 * so that the "same" and "added" stretches, each followed by its `after`, are the later text exactly.
 * jsdiff's algorithm (Myers) costs time proportional to the length times the number of changed words.
 */
export function wordDiff(earlier: WrittenWords, later: WrittenWords): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(
    earlier.words.map((word) => word.folded),
    later.words.map((word) => word.folded),
  )) {
    const count = change.count;
    if (change.removed) {
      parts.push({ kind: 'removed', ...written(earlier, i, i + count) });
      i += count;
    } else if (change.added) {
      parts.push({ kind: 'added', ...written(later, j, j + count) });
      j += count;
    } else {
      parts.push({ kind: 'same', ...written(later, j, j + count) });
      i += count;
      j += count;
    }
  }
  return parts;
}

/** The changes of a difference: each run of removed and added stretches between two stretches in both is one change. */
export function wordChanges(parts: readonly WordDiffPart[]): WordChange[] {
  const changes: WordChange[] = [];
  let open: WordChange | undefined;
  for (const part of parts) {
    if (part.kind === 'same') {
      open = undefined;
      continue;
    }
    if (!open) changes.push((open = { from: '', to: '' }));
    if (part.kind === 'removed') open.from = open.from ? `${open.from} ${part.text}` : part.text;
    else open.to = open.to ? `${open.to} ${part.text}` : part.text;
  }
  return changes;
}
