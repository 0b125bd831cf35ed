import { describe, expect, it } from 'vitest';
import {
  countChosenFilters,
  emptySearchState,
  isEmptySearchState,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  toPagefindFilters,
} from '../../src/lib/search-state.ts';

describe('parseSearchState', () => {
  it('reads the words and repeatable filter keys', () => {
    const state = parseSearchState('?q=cybercrime&agency=anssi&agency=fbi&country=fr&topic=cybercrime&year=2024&type=media-note&dialogue=6');
    expect(state).toEqual({
      query: 'cybercrime',
      filters: { agency: ['anssi', 'fbi'], country: ['fr'], topic: ['cybercrime'], year: ['2024'], type: ['media-note'], dialogue: ['6'] },
    });
  });

  it('decodes what a form sends: spaces as "+", escapes', () => {
    expect(parseSearchState('?q=Ministry+of+Home%20Affairs').query).toBe('Ministry of Home Affairs');
    expect(parseSearchState(new URLSearchParams([['q', '  Henri   Verdier ']])).query).toBe('Henri Verdier');
  });

  it('drops unknown keys, empty values and repeats', () => {
    const state = parseSearchState('?q=&agency=&agency=nist&agency=nist&colour=blue&page=2');
    expect(state).toEqual({ ...emptySearchState(), filters: { ...emptySearchState().filters, agency: ['nist'] } });
  });

  it('reads an empty query string as the empty state', () => {
    expect(isEmptySearchState(parseSearchState(''))).toBe(true);
    expect(isEmptySearchState(parseSearchState('?q=+'))).toBe(true);
    expect(isEmptySearchState(parseSearchState('?year=2018'))).toBe(false);
  });
});

describe('searchStateToQueryString', () => {
  it('writes q first, then the filters in a fixed order, each key once per value', () => {
    const state = parseSearchState('?year=2024&agency=fbi&q=cyber crime&agency=anssi');
    expect(searchStateToQueryString(state)).toBe('?q=cyber+crime&agency=anssi&agency=fbi&year=2024');
  });

  it('gives one URL per search, whatever order the values were chosen in', () => {
    const a = parseSearchState('?agency=fbi&agency=anssi');
    const b = parseSearchState('?agency=anssi&agency=fbi');
    expect(searchStateToQueryString(a)).toBe(searchStateToQueryString(b));
    expect(sameSearchState(a, b)).toBe(true);
    expect(sameSearchState(a, parseSearchState('?agency=anssi'))).toBe(false);
  });

  it('writes nothing for the empty state, and round-trips through parsing', () => {
    expect(searchStateToQueryString(emptySearchState())).toBe('');
    const text = '?q=NIST&agency=anssi&country=fr&topic=cybercrime&year=2018&type=media-note&dialogue=2';
    expect(searchStateToQueryString(parseSearchState(text))).toBe(text);
  });
});

describe('toPagefindFilters', () => {
  const state = parseSearchState('?q=cybercrime&agency=anssi&agency=fbi&year=2024');

  it('makes the values of one key alternatives, and leaves out keys without values', () => {
    expect(toPagefindFilters(state)).toEqual({ agency: { any: ['anssi', 'fbi'] }, year: { any: ['2024'] } });
    expect(toPagefindFilters(emptySearchState())).toEqual({});
  });

  it('can leave one key out, to count that key’s values', () => {
    expect(toPagefindFilters(state, 'agency')).toEqual({ year: { any: ['2024'] } });
  });

  it('does not share arrays with the state', () => {
    toPagefindFilters(state).agency!.any.push('nist');
    expect(state.filters.agency).toEqual(['anssi', 'fbi']);
  });
});

describe('countChosenFilters', () => {
  it('counts values over all keys', () => {
    expect(countChosenFilters(parseSearchState('?q=x&agency=anssi&agency=fbi&year=2024'))).toBe(3);
    expect(countChosenFilters(parseSearchState('?q=x'))).toBe(0);
  });
});
