/** Sentences of running text, cut where a full stop ends one, not after "U.S.", "D.C." or "Mr.". */

export interface Sentence {
  text: string;
  /** Where the sentence starts in the text it was cut from. */
  index: number;
}

// Words whose full stop does not end a sentence: initialisms (U.S, D.C) and titles.
const ABBREVIATION = /(?:^|[\s(/-])(?:(?:[A-Z]\.)*[A-Z]|Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Gen|Amb|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)$/;

/**
 * The index just past the end of the sentence that starts at `from` (its full stop included), or the end of its
 * paragraph (a blank line) or of the text, for a sentence that has no full stop ("<<Begin text>>", a heading).
 */
export function sentenceEnd(text: string, from: number): number {
  const paragraphEnd = text.indexOf('\n\n', from);
  const end = paragraphEnd < 0 ? text.length : paragraphEnd;
  const stop = /[.!?](?=["”’)]?(?:\s|$))/g;
  stop.lastIndex = from;
  for (let match = stop.exec(text); match && match.index < end; match = stop.exec(text)) {
    const before = text.slice(from, match.index);
    // "U.S. Department", "Mr. Strayer": the stop of an abbreviation goes on.
    const after = text.slice(match.index + 1);
    if (match[0] === '.' && ABBREVIATION.test(before) && /^\s+\S/.test(after)) continue;
    // A sentence does not go on in lower case.
    if (/^\s+[a-z]/.test(after)) continue;
    return match.index + 1;
  }
  return end;
}

/** Cuts running text into sentences. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && /\s/.test(text[start]!)) start += 1;
    if (start >= text.length) break;
    const end = sentenceEnd(text, start);
    sentences.push({ text: text.slice(start, end), index: start });
    start = end;
  }
  return sentences;
}
