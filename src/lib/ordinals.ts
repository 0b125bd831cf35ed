const ORDINAL_WORDS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** "Sixth" for 6; "21st" past the words we spell out. */
export function ordinalWord(n: number): string {
  const word = ORDINAL_WORDS[n];
  if (word) return word[0]!.toUpperCase() + word.slice(1);
  const rule = new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' }[rule as 'one' | 'two' | 'few' | 'other'] ?? 'th';
  return `${n}${suffix}`;
}

/** "Sixth U.S.–France Cyber Dialogue": the name of a dialogue of the series. */
export function dialogueName(ordinal: number): string {
  return `${ordinalWord(ordinal)} U.S.–France Cyber Dialogue`;
}
