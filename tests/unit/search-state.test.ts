import { describe, expect, it } from 'vitest';
import {
  countFiltersInUse,
  emptySearchState,
  filtersInUse,
  isEmptySearchState,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  toPagefindFilters,
  withFilterValue,
  withoutFilters,
} from '../../src/lib/search-state.ts';

describe('parseSearchState', () => {
  it('reads the words and repeatable filter keys', () => {
    const state = parseSearchState('?q=cybercrime&kind=release&agency=anssi&agency=fbi&country=fr&topic=cybercrime&year=2024&type=media-note&dialogue=6');
    expect(state).toEqual({
      query: 'cybercrime',
      filters: { kind: ['release'], agency: ['anssi', 'fbi'], country: ['fr'], topic: ['cybercrime'], year: ['2024'], type: ['media-note'], dialogue: ['6'] },
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
    const text = '?q=NIST&kind=release&kind=topic&agency=anssi&country=fr&topic=cybercrime&year=2018&type=media-note&dialogue=2';
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

describe('filtersInUse and countFiltersInUse', () => {
  it('count filters, not values: two agencies are one filter, alternatives of each other', () => {
    expect(countFiltersInUse(parseSearchState('?q=x&agency=anssi&agency=fbi'))).toBe(1);
    expect(countFiltersInUse(parseSearchState('?q=x&agency=anssi&agency=fbi&year=2024'))).toBe(2);
    expect(countFiltersInUse(parseSearchState('?q=x'))).toBe(0);
  });

  it('list the filters in use in URL order', () => {
    expect(filtersInUse(parseSearchState('?year=2024&kind=topic&agency=fbi'))).toEqual(['kind', 'agency', 'year']);
  });
});

describe('withoutFilters and withFilterValue', () => {
  const state = parseSearchState('?q=x&agency=anssi&agency=fbi&year=2024');

  it('clear every filter and keep the words', () => {
    expect(withoutFilters(state)).toEqual({ ...emptySearchState(), query: 'x' });
  });

  it('remove or add one value, leaving the state it was made from alone', () => {
    expect(searchStateToQueryString(withFilterValue(state, 'agency', 'fbi', false))).toBe('?q=x&agency=anssi&year=2024');
    expect(searchStateToQueryString(withFilterValue(state, 'kind', 'topic', true))).toBe('?q=x&kind=topic&agency=anssi&agency=fbi&year=2024');
    expect(searchStateToQueryString(withFilterValue(state, 'agency', 'fbi', true))).toBe('?q=x&agency=anssi&agency=fbi&year=2024');
    expect(state.filters.agency).toEqual(['anssi', 'fbi']);
  });
});
