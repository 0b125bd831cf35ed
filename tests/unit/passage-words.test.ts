import { describe, expect, it } from 'vitest';
import { foldWord, forEachWord, textWords, wordsText } from '../../src/lib/passage-words.ts';

describe('foldWord', () => {
  it('folds case, accents and the dots and apostrophes inside a word', () => {
    expect(foldWord('U.S')).toBe('us');
    expect(foldWord('France’s')).toBe('frances');
    expect(foldWord("France's")).toBe('frances');
    expect(foldWord('Ministère')).toBe('ministere');
    expect(foldWord('CYBERSPACE')).toBe('cyberspace');
  });
});

describe('textWords', () => {
  it('splits at spaces, hyphens, dashes, slashes and punctuation, and keeps where each word stands', () => {
    const text = 'The U.S.–France dialogue, non-binding (DIS/MIS) norms; 11-12 March.';
    const words = textWords(text);
    expect(words.map((word) => word.folded)).toEqual(['the', 'us', 'france', 'dialogue', 'non', 'binding', 'dis', 'mis', 'norms', '11', '12', 'march']);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['The', 'U.S', 'France', 'dialogue', 'non', 'binding', 'DIS', 'MIS', 'norms', '11', '12', 'March']);
  });

  it('finds no word in a text of punctuation alone', () => {
    expect(textWords(' – , ; … ')).toEqual([]);
  });
});

describe('wordsText', () => {
  it('gives words as written, from the first word to the last, punctuation between them kept', () => {
    const text = 'Based on the applicability of existing international law, adherence to norms.';
    const words = textWords(text);
    expect(wordsText(text, words, 5, 9)).toBe('existing international law, adherence');
    expect(wordsText(text, words, 8, 10)).toBe('adherence to');
  });
});

describe('forEachWord', () => {
  it('visits the same words as textWords, as written, in order', () => {
    const text = 'The U.S.–France dialogue, non-binding (DIS/MIS) norms; France’s 11-12 March.';
    const seen: string[] = [];
    forEachWord(text, (word) => seen.push(word));
    expect(seen).toEqual(textWords(text).map((word) => text.slice(word.start, word.end)));
  });
});
