/**
 * Whole-word phrase matching, case-insensitive, across line breaks: what topic evidence and the search index
 * both mean by "the text says it" (src/lib/topics.ts, src/lib/search-records.ts).
 */

/** A phrase as a case-insensitive whole-word pattern: "NATO" matches "NATO's" but not "Coordinator". */
export function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

// The phrases asked about are the names of the registry, asked about every page: each is compiled once (a pattern
// with Unicode classes costs far more to build than to run). Patterns have no `g` flag, so `test` keeps no state.
const patterns = /* @__PURE__ */ new Map<string, RegExp>();

/** True when the text contains the phrase as whole words (case-insensitive). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.trim() === '') return false;
  let pattern = patterns.get(phrase);
  if (pattern === undefined) patterns.set(phrase, (pattern = phrasePattern(phrase)));
  return pattern.test(text);
}
