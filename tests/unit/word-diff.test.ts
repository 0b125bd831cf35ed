import { describe, expect, it } from 'vitest';
import { textWords } from '../../src/lib/passage-words.ts';
import { wordChanges, wordDiff, type WordDiffPart } from '../../src/lib/word-diff.ts';

const written = (text: string) => ({ text, words: textWords(text) });
/** The later text as the difference gives it back: its stretches in both and its added ones, each with what follows it. */
const laterText = (parts: WordDiffPart[]) => parts.filter((part) => part.kind !== 'removed').map((part) => part.text + part.after).join('');
const earlierText = (parts: WordDiffPart[]) => parts.filter((part) => part.kind !== 'added').map((part) => part.text + part.after).join('');

const EARLIER = 'support for a framework of responsible state behavior in cyberspace, based on the applicability of existing international law';
const LATER = 'support for the framework of responsible state behavior in cyberspace, based on respect for existing international law';

describe('wordDiff', () => {
  it('marks the words replaced between the 2018 and 2024 wording, in their written form', () => {
    const parts = wordDiff(written(EARLIER), written(LATER));
    expect(parts.map(({ kind, text }) => `${kind}:${text}`)).toEqual([
      'same:support for',
      'removed:a',
      'added:the',
      'same:framework of responsible state behavior in cyberspace, based on',
      'removed:the applicability of',
      'added:respect for',
      'same:existing international law',
    ]);
  });

  it('gives the later text back exactly, and the earlier one word for word', () => {
    const parts = wordDiff(written(EARLIER), written(LATER));
    expect(laterText(parts)).toBe(LATER);
    expect(earlierText(parts).split(/\W+/)).toEqual(EARLIER.split(/\W+/));
  });

  it('sees no change where only case and punctuation differ', () => {
    const parts = wordDiff(written('The U.S. and France, together'), written('the US and France together'));
    expect(parts).toEqual([{ kind: 'same', text: 'the US and France together', after: '' }]);
    expect(wordChanges(parts)).toEqual([]);
  });
});

describe('wordChanges', () => {
  it('pairs what was removed with what took its place, one change per place', () => {
    expect(wordChanges(wordDiff(written(EARLIER), written(LATER)))).toEqual([
      { from: 'a', to: 'the' },
      { from: 'the applicability of', to: 'respect for' },
    ]);
  });

  it('has an empty side for words only added or only left out', () => {
    expect(wordChanges(wordDiff(written('one two three four'), written('one two new three four')))).toEqual([{ from: '', to: 'new' }]);
    expect(wordChanges(wordDiff(written('one two three four'), written('one three four')))).toEqual([{ from: 'two', to: '' }]);
  });
});
