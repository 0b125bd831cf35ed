/**
 * The passages that two or more releases share, found at build time in time linear in the number of words.
 *
 * What counts as a match (README, "Recurring passages"): texts are compared word by word after folding case,
 * accents and punctuation (src/lib/passage-words.ts), within a paragraph. A passage recurs when a later release
 * repeats a run of at least `MIN_RUN` words of an earlier one. The repeat goes on across a change of at most
 * `MAX_CHANGE` words on either side (a word or phrase replaced, added or left out) when at least `MIN_RUN_AFTER_CHANGE`
 * identical words follow it, and ends where that no longer holds. Each repeat is credited to the earliest release
 * that has the words (releases in date order, oldest first); the spans of a release that later releases repeat,
 * where they overlap, are one passage.
 *
 * How: every run of `MIN_RUN` words (a shingle) is hashed; a table keeps the first place each shingle occurs.
 * A release is looked up in the table before its own shingles are added, so it only ever matches earlier ones,
 * and a match is extended from there along the earlier text. Each word is hashed once and looked up once, and an
 * extension moves past the words it covers: no pair of releases is ever compared.
 */
import { foldWord, forEachWord } from './passage-words.ts';

/** The fewest identical words in a row that make a recurring passage. */
export const MIN_RUN = 12;
/** The most words a change may replace, add or leave out on either side and still join two runs into one passage. */
export const MAX_CHANGE = 4;
/** The fewest identical words that must follow a change for the passage to go on past it. */
export const MIN_RUN_AFTER_CHANGE = 4;

/** A release's text, by paragraph (paragraph n is `#pn` on its page). */
export interface PassageSource {
  id: string;
  paragraphs: readonly string[];
}

/** Where a passage stands: words `start` to `end` (exclusive, counted from 0 by `textWords`) of a paragraph. */
export interface PassageSpan {
  release: string;
  /** From 1, as the page's paragraph anchors count. */
  paragraph: number;
  start: number;
  end: number;
}

/** A later release's repeat of a passage, and the words of the first appearance it repeats. */
export interface LaterAppearance extends PassageSpan {
  /** The words of the first appearance's paragraph that this one repeats (with its changes): `sourceStart` to `sourceEnd`. */
  sourceStart: number;
  sourceEnd: number;
}

export interface RecurringPassage {
  /** Its earliest appearance: every word any later appearance repeats from that paragraph. */
  first: PassageSpan;
  /** Every later appearance, in the order of the releases (then of the paragraphs). */
  later: LaterAppearance[];
}

/** Where a paragraph's words sit in the one array that holds every word of every release. */
interface Paragraph {
  release: number;
  /** From 1. */
  number: number;
  start: number;
  end: number;
}

/** A repeat found in a later paragraph, before repeats of the same source are gathered into passages. */
interface Match {
  paragraph: number;
  start: number;
  end: number;
  sourceParagraph: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * The recurring passages of `releases` (oldest first), in the order of their first appearance.
 * Linear in the number of words (shingles are hashed into a table; a hash collision is checked word by word).
 */
export function findRecurringPassages(releases: readonly PassageSource[]): RecurringPassage[] {
  // Every word of every paragraph as a number, paragraph after paragraph. A word as written is folded once:
  // texts repeat their words, so the number is looked up by the written word first.
  const folded = new Map<string, number>();
  const written = new Map<string, number>();
  const ids: number[] = [];
  const paragraphs: Paragraph[] = [];
  const addWord = (word: string) => {
    let id = written.get(word);
    if (id === undefined) {
      const form = foldWord(word);
      id = folded.get(form);
      if (id === undefined) folded.set(form, (id = folded.size + 1));
      written.set(word, id);
    }
    ids.push(id);
  };
  releases.forEach((release, index) => {
    release.paragraphs.forEach((text, p) => {
      const start = ids.length;
      forEachWord(text, addWord);
      paragraphs.push({ release: index, number: p + 1, start, end: ids.length });
    });
  });
  const words = Int32Array.from(ids);
  const paragraphOf = new Int32Array(words.length);
  paragraphs.forEach((paragraph, index) => paragraphOf.fill(index, paragraph.start, paragraph.end));

  const shingleCount = paragraphs.reduce((count, { start, end }) => count + Math.max(0, end - start - MIN_RUN + 1), 0);
  const shingles = shingleTable(words, shingleCount);
  const matches: Match[] = [];
  let first = 0;
  for (let release = 0; release < releases.length; release++) {
    let last = first;
    while (last < paragraphs.length && paragraphs[last]!.release === release) last++;
    for (let p = first; p < last; p++) matches.push(...matchParagraph(words, paragraphs, paragraphOf, p, shingles));
    // Only now: a release matches earlier releases, never itself.
    for (let p = first; p < last; p++) {
      for (let at = paragraphs[p]!.start; at + MIN_RUN <= paragraphs[p]!.end; at++) shingles.add(at);
    }
    first = last;
  }
  return gatherPassages(matches, paragraphs, releases);
}

/** The repeats of earlier text in one paragraph, left to right, none overlapping. */
function matchParagraph(words: Int32Array, paragraphs: Paragraph[], paragraphOf: Int32Array, p: number, shingles: ShingleTable): Match[] {
  const { start, end } = paragraphs[p]!;
  const found: Match[] = [];
  let covered = start;
  let at = start;
  while (at + MIN_RUN <= end) {
    const source = shingles.firstAt(at);
    if (source === undefined) {
      at++;
      continue;
    }
    const sourceParagraph = paragraphOf[source]!;
    const bounds = paragraphs[sourceParagraph]!;
    const [forwardX, forwardS] = extend(words, at + MIN_RUN, source + MIN_RUN, end, bounds.end, 1);
    const [backX, backS] = extend(words, at, source, covered, bounds.start, -1);
    found.push({
      paragraph: p,
      start: backX - start,
      end: forwardX - start,
      sourceParagraph,
      sourceStart: backS - bounds.start,
      sourceEnd: forwardS - bounds.start,
    });
    covered = at = forwardX;
  }
  return found;
}

/**
 * Extends a run of identical words from (x, s) in the direction `step` (1 forward, -1 backward), across changes
 * of at most MAX_CHANGE words followed by at least MIN_RUN_AFTER_CHANGE identical words, without passing the limits.
 * Returns the ends of the run in both texts (exclusive forward, inclusive backward).
 * Each change is looked for among at most (MAX_CHANGE + 1)² placements, so an extension costs what it covers.
 */
function extend(words: Int32Array, x: number, s: number, xLimit: number, sLimit: number, step: 1 | -1): [number, number] {
  // Forward, positions x and s are the next words to compare; backward, x - 1 and s - 1 are.
  const word = step === 1 ? (i: number) => words[i]! : (i: number) => words[i - 1]!;
  const room = (from: number, limit: number) => (limit - from) * step;
  for (;;) {
    while (room(x, xLimit) > 0 && room(s, sLimit) > 0 && word(x) === word(s)) {
      x += step;
      s += step;
    }
    const change = findChange(word, x, s, room(x, xLimit), room(s, sLimit), step);
    if (!change) return [x, s];
    x += change[0] * step;
    s += change[1] * step;
  }
}

/** The smallest change (words skipped in each text) after which MIN_RUN_AFTER_CHANGE words are identical, if any. */
function findChange(word: (i: number) => number, x: number, s: number, xRoom: number, sRoom: number, step: 1 | -1): [number, number] | undefined {
  for (let size = 1; size <= 2 * MAX_CHANGE; size++) {
    for (let skipX = Math.max(0, size - MAX_CHANGE); skipX <= Math.min(size, MAX_CHANGE); skipX++) {
      const skipS = size - skipX;
      if (skipX + MIN_RUN_AFTER_CHANGE > xRoom || skipS + MIN_RUN_AFTER_CHANGE > sRoom) continue;
      let same = 0;
      while (same < MIN_RUN_AFTER_CHANGE && word(x + (skipX + same) * step) === word(s + (skipS + same) * step)) same++;
      if (same === MIN_RUN_AFTER_CHANGE) return [skipX, skipS];
    }
  }
  return undefined;
}

/**
 * Gathers the repeats by the paragraph they repeat: spans of one paragraph that overlap or touch are one passage,
 * its first appearance their union. Sorting is within each source paragraph, by where the repeat starts.
 */
function gatherPassages(matches: Match[], paragraphs: Paragraph[], releases: readonly PassageSource[]): RecurringPassage[] {
  const bySource = new Map<number, Match[]>();
  for (const match of matches) {
    const list = bySource.get(match.sourceParagraph);
    if (list) list.push(match);
    else bySource.set(match.sourceParagraph, [match]);
  }
  const passages: { order: [number, number]; passage: RecurringPassage }[] = [];
  for (const [sourceParagraph, list] of bySource) {
    const source = paragraphs[sourceParagraph]!;
    list.sort((a, b) => a.sourceStart - b.sourceStart || a.paragraph - b.paragraph);
    let group: Match[] = [];
    let groupEnd = -1;
    const close = () => {
      if (group.length === 0) return;
      const start = group[0]!.sourceStart;
      const later = group
        .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
        .map((match) => {
          const paragraph = paragraphs[match.paragraph]!;
          return {
            release: releases[paragraph.release]!.id,
            paragraph: paragraph.number,
            start: match.start,
            end: match.end,
            sourceStart: match.sourceStart,
            sourceEnd: match.sourceEnd,
          };
        });
      passages.push({
        order: [sourceParagraph, start],
        passage: { first: { release: releases[source.release]!.id, paragraph: source.number, start, end: groupEnd }, later },
      });
      group = [];
    };
    for (const match of list) {
      if (match.sourceStart > groupEnd) close();
      group.push(match);
      groupEnd = Math.max(groupEnd, match.sourceEnd);
    }
    close();
  }
  return passages.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]).map(({ passage }) => passage);
}

interface ShingleTable {
  /** Where the shingle that starts at word `at` first occurs among the shingles added, or undefined. */
  firstAt(at: number): number | undefined;
  /** Records the shingle at word `at`, unless the same words are already recorded. */
  add(at: number): void;
}

/**
 * The first place of each shingle of MIN_RUN words, in one typed array (open addressing, linear probing, at most half
 * full): a slot holds 1 + the index of the shingle's first word, 0 when empty. Shingles are compared word by word, so
 * a hash collision costs a probe, never a wrong match. A Map of numbers measured about 59 MB at 1.8 million shingles
 * (5,000 synthetic releases); this holds them in 16 MB.
 */
function shingleTable(words: Int32Array, shingles: number): ShingleTable {
  let size = 2;
  while (size < 2 * shingles) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const same = (a: number, b: number) => {
    for (let i = 0; i < MIN_RUN; i++) if (words[a + i] !== words[b + i]) return false;
    return true;
  };
  // The shingle's first place if recorded (0 or more), or else -1 - the empty slot where it would go.
  const find = (at: number) => {
    let h = 0x811c9dc5;
    for (let i = at; i < at + MIN_RUN; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return -1 - slot;
      if (same(held - 1, at)) return held - 1;
    }
  };
  return {
    firstAt(at) {
      const found = find(at);
      return found >= 0 ? found : undefined;
    },
    add(at) {
      const found = find(at);
      if (found < 0) slots[-1 - found] = at + 1;
    },
  };
}
