/**
 * Why a result matched, when it was found through a name its text does not say: one line per name, such as
 * "Matched the French delegation: National Cybersecurity Agency (ANSSI)" or "Lists the Ministry of the Interior,
 * also written “Ministry of Home Affairs”". Pagefind says which fields matched (src/lib/search-fields.ts); these
 * functions say which names of them did, from the query's terms. Runs in the browser (no DOM).
 */
import { SIDE_ADJECTIVES } from './countries.ts';
import { fieldRole, type FieldRole } from './search-fields.ts';
import { nameWithAcronym, readNameList, type NameList } from './search-names.ts';
import { containsPhraseWords, termsMatchedBy, textWords, wordMatchesTerm, type ParsedQuery } from './search-terms.ts';

export interface MatchToExplain {
  /** The page's searchable fields (Pagefind's `meta`). */
  meta: Readonly<Record<string, string | undefined>>;
  /** The fields Pagefind says matched (`matchedMetaFields`). */
  matchedFields: readonly string[];
  /** The page's indexed text (the fragment's `content`). */
  text: string;
  /** True when Pagefind found the query in the text itself (the result has word locations). */
  textMatched: boolean;
  query: ParsedQuery;
}

/** Words of the English and French names in the archive that say nothing of which name matched. */
const LITTLE_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'd', 'de', 'des', 'du', 'et', 'l', 'la', 'le', 'les']);

/** Tells whether a name holds what the text lacks: a term the text does not say, or (for a quoted query) the phrase. */
type NameMatcher = (name: string | undefined) => boolean;

const quoted = (name: string) => `“${name}”`;
const delegation = (side: 'us' | 'fr') => `the ${SIDE_ADJECTIVES[side]} delegation`;

function agencyLine(list: NameList, side: 'us' | 'fr', matches: NameMatcher): string | undefined {
  const label = nameWithAcronym(list);
  const shownAs = list.wording ?? list.name ?? label;
  const others = list.others.filter((other) => matches(other));
  if (others.length > 0) return `Lists the ${shownAs}, also written ${others.map(quoted).join(' and ')}`;
  if (list.wording && matches(list.name)) return `Lists the ${list.wording}, also written ${quoted(list.name!)}`;
  if (matches(list.name) || matches(list.acronym)) return `Matched ${delegation(side)}: ${label}`;
  if (matches(list.wording)) return `Matched ${delegation(side)}: ${label}, written ${quoted(list.wording!)}`;
  if (matches(list.local)) return `Matched ${delegation(side)}: ${label}, in French «${list.local}»`;
  return undefined;
}

function leadLine(list: NameList, side: 'us' | 'fr', matches: NameMatcher): string | undefined {
  const [title] = list.others;
  if (matches(title)) return `Matched ${delegation(side)}: led by ${list.name}, ${title}`;
  if (matches(list.name)) return `Matched ${delegation(side)}: led by ${list.name}`;
  return undefined;
}

function topicsLine(list: NameList, matches: NameMatcher): string | undefined {
  const topics = list.others.filter((topic) => matches(topic));
  if (topics.length === 0) return undefined;
  return `Matched the ${topics.length === 1 ? 'topic' : 'topics'}: ${topics.join(', ')}`;
}

function alsoLines(list: NameList, matches: NameMatcher): string[] {
  return [
    ...(matches(list.acronym) ? [`Acronym: ${list.acronym}`] : []),
    ...(matches(list.local) ? [`In French: «${list.local}»`] : []),
    ...list.others.filter((other) => matches(other)).map((other) => `Also written ${quoted(other)}`),
  ];
}

/** The lines of one field; `matches` says which of its names to speak of. */
function fieldLines(role: FieldRole, value: string, matches: NameMatcher): string[] {
  const list = () => readNameList(value);
  let line: string | undefined;
  switch (role.role) {
    case 'heading':
    case 'fact':
      // Shown on the result itself: its heading, or its facts line.
      return [];
    case 'office':
      line = matches(value) ? `Issued by the ${value}` : undefined;
      break;
    case 'dateline':
      line = matches(value) ? `Dateline: ${value}` : undefined;
      break;
    case 'agency':
      line = agencyLine(list(), role.side, matches);
      break;
    case 'lead':
      line = leadLine(list(), role.side, matches);
      break;
    case 'topics':
      line = topicsLine(list(), matches);
      break;
    case 'also':
      return alsoLines(list(), matches);
  }
  return line ? [line] : [];
}

/** Fields in the order their lines read: the page's facts, then delegations (U.S. first, in list order), topics, names. */
function byReadingOrder(fields: readonly string[]): string[] {
  const rank = (field: string) => {
    const role = fieldRole(field)?.role;
    const order = ['office', 'dateline', 'lead', 'agency', 'topics', 'also'];
    const side = /^d?fr/.test(field) ? 1 : 0;
    const n = Number(/(\d+)$/.exec(field)?.[1] ?? 0);
    return [order.indexOf(role ?? ''), side, n];
  };
  return [...fields].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}

/**
 * The lines saying why a result matched through names rather than through its text. For words, a name speaks when
 * it holds a term the text does not say; for a quoted phrase, when it holds the phrase. A result Pagefind found
 * only through fields whose names these rules miss still gets a line per field, so that no result is unexplained.
 */
export function matchExplanations(match: MatchToExplain): string[] {
  // Found through its text alone: nothing to explain, and no need to read the text.
  if (match.matchedFields.length === 0) return [];
  const { query } = match;
  const textTerms = termsMatchedBy(textWords(match.text), query.terms);
  // A little word ("of", "de") starts too many words to tell a name by, unless it is all the query has.
  const unsaidTerms = query.terms.filter((term) => !textTerms.has(term));
  const unsaid = unsaidTerms.some((term) => !LITTLE_WORDS.has(term)) ? unsaidTerms.filter((term) => !LITTLE_WORDS.has(term)) : unsaidTerms;
  const matches: NameMatcher = (name) => {
    if (!name) return false;
    const words = textWords(name);
    return query.phrase ? containsPhraseWords(words, query.terms) : words.some((word) => unsaid.some((term) => wordMatchesTerm(word, term)));
  };
  const fields = byReadingOrder(match.matchedFields).flatMap((field) => {
    const role = fieldRole(field);
    const value = match.meta[field];
    return role && value ? [{ role, value }] : [];
  });
  const lines = fields.flatMap(({ role, value }) => fieldLines(role, value, matches));
  const shownElsewhere = fields.some(({ role }) => role.role === 'heading' || role.role === 'fact');
  if (lines.length > 0 || match.textMatched || shownElsewhere) return [...new Set(lines)];
  // Found through fields whose names the rules above could not single out: name the fields' entries.
  return [...new Set(fields.flatMap(({ role, value }) => fieldLines(role, value, (name) => Boolean(name))))];
}
