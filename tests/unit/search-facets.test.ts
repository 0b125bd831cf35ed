import { describe, expect, it } from 'vitest';
import { countValues, filterCanChangeResults, valueFacet } from '../../src/lib/search-facets.ts';

// Five results of a search; the agency filter's values among them and among the same search without that filter.
const pages = [
  { agency: ['fbi', 'cisa'] },
  { agency: ['fbi'] },
  { agency: ['cisa'] },
  { agency: ['nist'] },
  {},
];
const all = countValues(pages, 'agency');

/** The results of ticking `values` (OR), counted the slow way. */
const ticked = (values: string[]) => pages.filter((page) => (page.agency ?? []).some((value) => values.includes(value))).length;

describe('valueFacet', () => {
  it('in a filter with nothing ticked, counts the results that carry the value', () => {
    const input = { chosen: [], total: pages.length, current: all };
    for (const value of ['fbi', 'cisa', 'nist']) expect(valueFacet(value, input).count).toBe(ticked([value]));
    expect(valueFacet('odni', input)).toEqual({ count: 0, available: false });
  });

  it('in a filter with a value ticked, counts what ticking another gives: the OR of both', () => {
    // FBI ticked: two results. Ticking CISA as well gives three, although only one of the two carries CISA.
    const current = countValues(pages.filter((page) => page.agency?.includes('fbi')), 'agency');
    const input = { chosen: ['fbi'], total: ticked(['fbi']), current, withoutFilter: all };
    expect(valueFacet('cisa', input)).toEqual({ count: ticked(['fbi', 'cisa']), available: true });
    expect(valueFacet('nist', input).count).toBe(ticked(['fbi', 'nist']));
    // A ticked value says how many of the current results carry it.
    expect(valueFacet('fbi', input)).toEqual({ count: 2, available: true });
  });

  it('marks unavailable a value that would give no result, never a ticked one', () => {
    const input = { chosen: ['odni'], total: 0, current: {}, withoutFilter: {} };
    expect(valueFacet('odni', input)).toEqual({ count: 0, available: true });
    expect(valueFacet('fbi', input)).toEqual({ count: 0, available: false });
  });

  it('needs the counts without the filter once a value is ticked', () => {
    expect(() => valueFacet('cisa', { chosen: ['fbi'], total: 2, current: {} })).toThrow(/without the filter/);
  });
});

describe('filterCanChangeResults', () => {
  it('is false when every value would give all the results or none', () => {
    const same = [{ country: ['us', 'fr'] }, { country: ['us', 'fr'] }];
    expect(filterCanChangeResults(['us', 'fr', 'xx'], { chosen: [], total: 2, current: countValues(same, 'country') })).toBe(false);
    expect(filterCanChangeResults([], { chosen: [], total: 2, current: {} })).toBe(false);
  });

  it('is true when a value would narrow the results, or when a value is ticked', () => {
    expect(filterCanChangeResults(['fbi', 'nist'], { chosen: [], total: pages.length, current: all })).toBe(true);
    expect(filterCanChangeResults(['us'], { chosen: ['us'], total: 2, current: { us: 2 }, withoutFilter: { us: 2 } })).toBe(true);
  });
});

describe('countValues', () => {
  it('counts each page once per value', () => {
    expect(countValues([{ agency: ['fbi', 'fbi'] }, { agency: ['fbi'] }, { topic: ['x'] }], 'agency')).toEqual({ fbi: 2 });
  });
});
