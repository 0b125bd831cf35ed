import { describe, expect, it } from 'vitest';
import {
  containsPhraseWords,
  normalizeWord,
  pagefindQuery,
  parseQuery,
  sameWord,
  termsMatchedBy,
  textWords,
  wordMatchesTerm,
} from '../../src/lib/search-terms.ts';

describe('normalizeWord and textWords', () => {
  it('ignore case, accents and punctuation, as the index does', () => {
    expect(normalizeWord('(ANSSI),')).toBe('anssi');
    expect(normalizeWord('Ministère')).toBe('ministere');
    expect(normalizeWord('U.S.')).toBe('us');
    expect(textWords('the “U.S.” delegation — and (FBI).')).toEqual(['the', 'us', 'delegation', 'and', 'fbi']);
  });

  it('textWords folds a text in one pass exactly as normalizeWord folds each of its words', () => {
    const texts = [
      'Ministère de l’Europe et des Affaires étrangères (MEAE), Agence nationale de la sécurité des systèmes d’information',
      'ΟΔΥΣΣΕΥΣ ΣΙΣΥΦΟΣ İstanbul Æsir ß ﬁnance ŉ',
      'a \u0301 b\tc\u00a0d\u2003e\n\n f – g … 5G 2024-03-11 U.S.-France',
      'e\u0301te\u0301 déjà-vu café\u0327 ǅemal ﬀ',
      '',
      '   ',
    ];
    const wordByWord = (text: string) => text.split(/\s+/).map(normalizeWord).filter((word) => word !== '');
    for (const text of texts) expect([text, textWords(text)]).toEqual([text, wordByWord(text)]);
  });
});

describe('parseQuery', () => {
  it('reads a query in straight or curly quotes as a phrase, shown without its quotes', () => {
    for (const typed of ['"Ministry of Home Affairs"', '“Ministry of Home Affairs”', ' "Ministry  of Home Affairs" ']) {
      expect(parseQuery(typed)).toEqual({ phrase: true, text: 'Ministry of Home Affairs', terms: ['ministry', 'of', 'home', 'affairs'] });
    }
  });

  it('reads anything else as words', () => {
    expect(parseQuery('FBI cybercrime')).toEqual({ phrase: false, text: 'FBI cybercrime', terms: ['fbi', 'cybercrime'] });
    expect(parseQuery('"half quoted')).toMatchObject({ phrase: false, text: '"half quoted' });
    expect(parseQuery('""')).toMatchObject({ phrase: false, terms: [] });
  });

  it('gives Pagefind a phrase in straight quotes (its exact search), words as typed', () => {
    expect(pagefindQuery(parseQuery('“Ministry of Home Affairs”'))).toBe('"Ministry of Home Affairs"');
    expect(pagefindQuery(parseQuery('cyber crime'))).toBe('cyber crime');
  });
});

describe('wordMatchesTerm and sameWord', () => {
  it('match a word that extends the term, endings aside', () => {
    expect(wordMatchesTerm('ministry', 'ministries')).toBe(true);
    expect(wordMatchesTerm('homeland', 'home')).toBe(true);
    expect(wordMatchesTerm('affairs', 'affair')).toBe(true);
    expect(wordMatchesTerm('anssi', 'fbi')).toBe(false);
    expect(wordMatchesTerm('home', 'homeland')).toBe(false);
  });

  it('take a word for the same word only when only its ending differs', () => {
    expect(sameWord('ministries', 'ministry')).toBe(false);
    expect(sameWord('affairs', 'affair')).toBe(true);
    expect(sameWord('homeland', 'home')).toBe(false);
  });
});

describe('termsMatchedBy and containsPhraseWords', () => {
  it('say which terms some word matches', () => {
    expect([...termsMatchedBy(textWords('the Department of Homeland Security'), ['home', 'fbi', 'security'])]).toEqual(['home', 'security']);
  });

  it('find a phrase only as consecutive words', () => {
    const words = textWords('the Ministry of Home Affairs, the Ministry of the Interior');
    expect(containsPhraseWords(words, ['ministry', 'of', 'home', 'affairs'])).toBe(true);
    expect(containsPhraseWords(words, ['ministry', 'of', 'interior'])).toBe(false);
    expect(containsPhraseWords(words, [])).toBe(false);
  });
});
