import { describe, expect, it } from 'vitest';
import { NOTHING_ASKED_MESSAGE, quotedQuery, resultCount, resultCountMessage } from '../../src/lib/search-messages.ts';
import { parseSearchState } from '../../src/lib/search-state.ts';

describe('resultCountMessage', () => {
  it('says how many results, for which words', () => {
    expect(resultCountMessage(2, parseSearchState('?q=ANSSI'))).toBe('2 results found for “ANSSI”.');
    expect(resultCountMessage(1, parseSearchState('?q=CISA'))).toBe('1 result found for “CISA”.');
  });

  it('counts filters, not the values ticked in one filter', () => {
    expect(resultCountMessage(1, parseSearchState('?q=cybercrime&agency=anssi&year=2024'))).toBe('1 result found for “cybercrime” with 2 filters.');
    expect(resultCountMessage(2, parseSearchState('?q=FBI&agency=fbi&agency=cisa'))).toBe('2 results found for “FBI” with 1 filter.');
    expect(resultCountMessage(2, parseSearchState('?country=fr'))).toBe('2 results found with 1 filter.');
  });

  it('quotes a quoted phrase once, and says how many results quote it', () => {
    const state = parseSearchState('?q="Ministry of Home Affairs"');
    expect(resultCountMessage(3, state, 1)).toBe('3 results found for “Ministry of Home Affairs”: 1 quotes it.');
    expect(resultCountMessage(3, state, 2)).toBe('3 results found for “Ministry of Home Affairs”: 2 quote it.');
    expect(resultCountMessage(2, state, 0)).toBe('2 results found for “Ministry of Home Affairs”: none quotes it.');
    expect(resultCountMessage(0, state, 0)).toBe('No results found for “Ministry of Home Affairs”.');
  });

  it('says plainly when nothing matches, and what to do before any search', () => {
    expect(resultCountMessage(0, parseSearchState('?q=quantum'))).toBe('No results found for “quantum”.');
    expect(resultCountMessage(0, parseSearchState(''))).toBe(NOTHING_ASKED_MESSAGE);
  });

  it('reads differently for different searches with the same count, so each is announced', () => {
    expect(resultCountMessage(2, parseSearchState('?q=NIST'))).not.toBe(resultCountMessage(2, parseSearchState('?q=FBI')));
  });
});

describe('quotedQuery', () => {
  it('puts the words in curly quotes once, whether they were typed with quotes or not', () => {
    expect(quotedQuery('ANSSI')).toBe('“ANSSI”');
    expect(quotedQuery('"U.S. Department of State"')).toBe('“U.S. Department of State”');
    expect(quotedQuery('“Ministry of Home Affairs”')).toBe('“Ministry of Home Affairs”');
  });
});

describe('resultCount', () => {
  it('agrees in number', () => {
    expect(resultCount(0)).toBe('0 results');
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(12)).toBe('12 results');
  });
});
