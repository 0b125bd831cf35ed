import { describe, expect, it } from 'vitest';
import { pageKind, resultFacts, resultHeading } from '../../src/lib/search-result-facts.ts';

const page = (kind: string, meta: Record<string, string>, filters: Record<string, string[]> = {}) => ({ url: '/x/', meta, filters: { kind: [kind], ...filters } });

describe('pageKind and resultHeading', () => {
  it('read the kind and the heading of each kind of page', () => {
    expect(pageKind(page('dialogue', {}))).toBe('dialogue');
    expect(pageKind({ url: '/x/', meta: {}, filters: {} })).toBeUndefined();
    expect(pageKind(page('poem', {}))).toBeUndefined();
    expect(resultHeading(page('release', { title: 'A note' }))).toBe('A note');
    expect(resultHeading(page('topic', { title: '', name: 'Tides' }))).toBe('Tides');
    expect(resultHeading({ url: '/y/', meta: {}, filters: {} })).toBe('/y/');
  });
});

describe('resultFacts', () => {
  it('gives a release’s kind, date and dialogue, saying when the date is not stated', () => {
    expect(resultFacts(page('release', { date: 'May 6, 2031', dialogue: 'Second U.S.–France Cyber Dialogue' }))).toEqual([
      'Release',
      'May 6, 2031',
      'Second U.S.–France Cyber Dialogue',
    ]);
    expect(resultFacts(page('release', { dialogue: 'Sixth' }))).toEqual(['Release', 'date of issue not stated in the source', 'Sixth']);
  });

  it('gives a dialogue’s dates and place, an agency’s or a lead’s country, a topic’s kind alone', () => {
    expect(resultFacts(page('dialogue', { when: 'May 3–4, 2031', place: 'virtual' }))).toEqual(['Dialogue', 'May 3–4, 2031', 'virtual']);
    expect(resultFacts(page('dialogue', {}))).toEqual(['Dialogue', 'dates not known']);
    expect(resultFacts(page('agency', {}, { country: ['fr'] }))).toEqual(['Agency', 'France']);
    expect(resultFacts(page('person', {}, { country: ['us'] }))).toEqual(['Delegation lead', 'United States']);
    expect(resultFacts(page('topic', {}))).toEqual(['Topic']);
  });
});
