/** Ordinals as releases write them: "inaugural", "sixth", "4th". */

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** A regular-expression source matching one ordinal word or number. */
export const ORDINAL_PATTERN = `(?:inaugural|${ORDINAL_WORDS.join('|')}|\\d{1,3}(?:st|nd|rd|th))`;

/** 6 for "sixth" / "Sixth" / "6th", 1 for "inaugural"; undefined for anything else. */
export function parseOrdinal(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'inaugural') return 1;
  const index = ORDINAL_WORDS.indexOf(lower);
  if (index >= 0) return index + 1;
  const numeric = /^(\d{1,3})(st|nd|rd|th)$/.exec(lower);
  return numeric && Number(numeric[1]) > 0 ? Number(numeric[1]) : undefined;
}

/** "seventh" for 7: the id the registry gives a dialogue; "dialogue-21" past the words. */
export function dialogueIdForOrdinal(ordinal: number): string {
  return ORDINAL_WORDS[ordinal - 1] ?? `dialogue-${ordinal}`;
}
