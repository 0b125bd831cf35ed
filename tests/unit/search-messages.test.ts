import { describe, expect, it } from 'vitest';
import { NOTHING_ASKED_MESSAGE, releaseCount, resultCountMessage } from '../../src/lib/search-messages.ts';
import { parseSearchState } from '../../src/lib/search-state.ts';

describe('resultCountMessage', () => {
  it('says how many releases, for which words', () => {
    expect(resultCountMessage(2, parseSearchState('?q=ANSSI'))).toBe('2 releases found for “ANSSI”.');
    expect(resultCountMessage(1, parseSearchState('?q=CISA'))).toBe('1 release found for “CISA”.');
  });

  it('says how many filters', () => {
    expect(resultCountMessage(1, parseSearchState('?q=cybercrime&agency=anssi&year=2024'))).toBe('1 release found for “cybercrime” with 2 filters.');
    expect(resultCountMessage(2, parseSearchState('?country=fr'))).toBe('2 releases found with 1 filter.');
  });

  it('says plainly when nothing matches, and what to do before any search', () => {
    expect(resultCountMessage(0, parseSearchState('?q=quantum'))).toBe('No releases found for “quantum”.');
    expect(resultCountMessage(0, parseSearchState(''))).toBe(NOTHING_ASKED_MESSAGE);
  });

  it('reads differently for different searches with the same count, so each is announced', () => {
    expect(resultCountMessage(2, parseSearchState('?q=NIST'))).not.toBe(resultCountMessage(2, parseSearchState('?q=FBI')));
  });
});

describe('releaseCount', () => {
  it('agrees in number', () => {
    expect(releaseCount(0)).toBe('0 releases');
    expect(releaseCount(1)).toBe('1 release');
    expect(releaseCount(12)).toBe('12 releases');
  });
});
