/**
 * Whole-word phrase matching, case-insensitive, across line breaks: what topic evidence and the search index
 * both mean by "the text says it" (src/lib/topics.ts, src/lib/search-records.ts).
 */

/** A phrase as a case-insensitive whole-word pattern: "NATO" matches "NATO's" but not "Coordinator". */
export function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/** True when the text contains the phrase as whole words (case-insensitive). */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== '' && phrasePattern(phrase).test(text);
}
