/**
 * The words of a text as the recurring-passage finder compares them: case, accents and punctuation folded away,
 * so that "U.S." and "US", "Ministère" and "ministere", "cyberspace," and "cyberspace" are the same word.
 * Each word keeps where it stands in the text, so that a passage is always shown in the text's own words.
 */

/** A word of a text: its folded form, and its place in the text (`text.slice(start, end)` is the word as written). */
export interface TextWord {
  folded: string;
  start: number;
  end: number;
}

// A word is a run of letters and digits; an apostrophe or a dot between two of them stays inside it ("France's",
// "U.S"), any other character (space, hyphen, dash, slash, comma…) ends it ("non-binding" is two words).
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const INNER_PUNCTUATION = /['’.]/g;
const COMBINING_MARKS = /\p{M}/gu;

/** "U.S." → "us"; "France's" → "frances"; "Ministère" → "ministere". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').replace(INNER_PUNCTUATION, '').toLowerCase();
}

/**
 * Calls `visit` with each word of a text as written, in order, without building a list: for the finder, which
 * reads every word of the archive once.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) visit(match[0]);
}

/** The words of a text, in order. Linear in its length. */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ folded: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The text of words `from` to `to` (exclusive), as written: from the first one's start to the last one's end. */
export function wordsText(text: string, words: readonly TextWord[], from: number, to: number): string {
  return text.slice(words[from]!.start, words[to - 1]!.end);
}
