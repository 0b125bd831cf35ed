import { describe, expect, it } from 'vitest';
import { summarizeWordSample } from '../bench/report.ts';
import { sampleSearchWords } from '../bench/search-words.ts';

const bodies = [
  'The <Agency id="anssi">ANSSI</Agency> met partners on resilience.',
  'Partners of <Agency id="anssi">ANSSI</Agency> discussed resilience and cybercrime.',
  'Cybercrime was discussed by partners.',
  'Short words only: a an the of.',
];

describe('sampleSearchWords', () => {
  it('draws distinct words of five letters or more that enough releases share, never tag names', () => {
    const words = sampleSearchWords(bodies, { count: 50, seed: 1, minShare: 0.5 });
    // "anssi" is the text of two mentions; "agency" only their tag name.
    expect([...words].sort()).toEqual(['anssi', 'cybercrime', 'discussed', 'partners', 'resilience']);
  });

  it('gives the same words for the same seed, and the count asked for', () => {
    const a = sampleSearchWords(bodies, { count: 3, seed: 9, minShare: 0.25 });
    expect(a).toHaveLength(3);
    expect(new Set(a).size).toBe(3);
    expect(sampleSearchWords(bodies, { count: 3, seed: 9, minShare: 0.25 })).toEqual(a);
    expect(sampleSearchWords(bodies, { count: 3, seed: 10, minShare: 0.25 })).not.toEqual(a);
  });
});

describe('summarizeWordSample', () => {
  it('gives the sorted ratios, their median, the ratio of the totals and how many are within the limit', () => {
    const summary = summarizeWordSample({ words: ['a', 'b', 'c', 'd'], ours: [110, 300, 100, 90], baseline: [100, 200, 100, 100] });
    expect(summary.ratios).toEqual([0.9, 1, 1.1, 1.5]);
    expect(summary.median).toBeCloseTo(1.05);
    expect(summary.within).toBe(3);
    expect(summary.sumRatio).toBeCloseTo(600 / 500);
  });
});
