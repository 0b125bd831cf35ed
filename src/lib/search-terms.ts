/**
 * The words of a search as the search page reads them: whether the query is a quoted phrase, its terms, and a
 * close approximation of how Pagefind matches a term to a word (case, accents and punctuation ignored; a word
 * matches a term that it starts with, once the term's English ending is cut). Pagefind itself decides which pages
 * match; these functions only say which of a page's names a match came through, and whether its text says a term.
 * Runs in the browser and at build time alike (no DOM).
 */

/** A query, read. */
export interface ParsedQuery {
  /** True when the whole query is one quoted phrase: `"Ministry of Home Affairs"` (straight or curly quotes). */
  phrase: boolean;
  /** The query as shown to people: without the quotes of a phrase, which the page adds once. */
  text: string;
  /** Its terms, normalized (`normalizeWord`), in order, without empty ones. */
  terms: string[];
}

const QUOTED = /^\s*["“”„«»]\s*(.*?)\s*["“”„«»]\s*$/s;

/**
 * Lowercase and decomposed, so that accents become marks, which are neither letters nor digits: dropping everything
 * else but letters and digits (and, in a text, white space) leaves a word as the index reads it.
 */
const decomposedLowercase = (text: string) => text.normalize('NFD').toLowerCase();

/** Lowercase, without accents, letters and digits only: "(ANSSI)," → "anssi", "Ministère" → "ministere", "U.S." → "us". */
export function normalizeWord(word: string): string {
  return decomposedLowercase(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The normalized words of a text, in order ("the U.S. delegation" → ["the", "us", "delegation"]): each word as
 * `normalizeWord` gives it, the text folded in one pass rather than word by word (a page's whole text, in the browser).
 */
export function textWords(text: string): string[] {
  return decomposedLowercase(text)
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Reads a query: `"Ministry of Home Affairs"` is a phrase; `Ministry of Home Affairs` four terms. */
export function parseQuery(query: string): ParsedQuery {
  const quoted = QUOTED.exec(query);
  const text = (quoted ? quoted[1]! : query).trim().replace(/\s+/g, ' ');
  return { phrase: quoted !== null && text !== '', text, terms: textWords(text) };
}

/**
 * The term Pagefind is given: a quoted phrase with straight quotes (Pagefind runs an exact search only for those),
 * anything else as typed.
 */
export function pagefindQuery(query: ParsedQuery): string {
  return query.phrase ? `"${query.text}"` : query.text;
}

/** A term without its English ending, as a stemmer would roughly cut it: "ministries" → "ministr", "affairs" → "affair". */
function rootOf(term: string): string {
  const root = term.replace(/(?:ies|es|s|ing|ed|ly)$/, '');
  return root.length >= 3 ? root : term;
}

/** True when a normalized word matches a normalized term as Pagefind matches (the word extends the term's root). */
export function wordMatchesTerm(word: string, term: string): boolean {
  return word.startsWith(rootOf(term));
}

/** True when a normalized word is the same word as a term, ending aside: how a quoted phrase matches. */
export function sameWord(word: string, term: string): boolean {
  return word === term || rootOf(word) === rootOf(term);
}

/** The terms that one of these words matches. */
export function termsMatchedBy(words: readonly string[], terms: readonly string[]): Set<string> {
  return new Set(terms.filter((term) => words.some((word) => wordMatchesTerm(word, term))));
}

/** True when the words hold the phrase's terms one after the other. */
export function containsPhraseWords(words: readonly string[], terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  for (let start = 0; start + terms.length <= words.length; start++) {
    if (terms.every((term, i) => sameWord(words[start + i]!, term))) return true;
  }
  return false;
}
