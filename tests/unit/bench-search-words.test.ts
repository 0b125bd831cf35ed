import { describe, expect, it } from 'vitest';
import { median } from '../bench/measure.ts';
import { summarizeSample } from '../bench/report.ts';
import { readRegistry } from '../bench/content-folder.ts';
import { sampleSearches, sampleSearchWords } from '../bench/search-words.ts';
import { generateSyntheticArchive } from '../bench/synthetic-content.ts';
import { ROOT } from '../helpers/paths.ts';

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

describe('sampleSearches', () => {
  const { releases } = generateSyntheticArchive(readRegistry(`${ROOT}content`), { releases: 60, seed: 5 });

  it('gives each kind of search one query per sampled word, as URL parameters', () => {
    const searches = sampleSearches(releases, { count: 6, seed: 2 });
    const words = sampleSearchWords(
      releases.map((release) => release.body),
      { count: 6, seed: 2 },
    );
    expect(searches['one word']).toEqual(words.map((word) => `q=${word}`));
    expect(searches['two words']).toEqual(words.map((word, i) => `q=${word}+${words[(i + 1) % 6]}`));
    const filtered = searches['one word + agency filter'].map((query) => new URLSearchParams(query));
    expect(filtered.map((params) => params.get('q'))).toEqual(words);
    // Agencies that took part in enough releases, so that the filtered search finds some.
    for (const params of filtered) {
      const agency = params.get('agency')!;
      const taking = releases.filter((release) => [...release.data.delegations.us.agencies, ...release.data.delegations.fr.agencies].some((entry) => entry.agency === agency));
      expect(taking.length, agency).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(filtered.map((params) => params.get('agency'))).size).toBeGreaterThan(1);
    expect(sampleSearches(releases, { count: 6, seed: 2 })).toEqual(searches);
  });
});

describe('summarizeSample', () => {
  it('gives the sorted ratios, their median, the ratio of the totals and how many are within the limit', () => {
    const summary = summarizeSample({ queries: ['a', 'b', 'c', 'd'], ours: [110, 300, 100, 90], baseline: [100, 200, 100, 100] });
    expect(summary.ratios).toEqual([0.9, 1, 1.1, 1.5]);
    expect(summary.median).toBeCloseTo(1.05);
    expect(summary.within).toBe(3);
    expect(summary.sumRatio).toBeCloseTo(600 / 500);
  });
});

describe('median', () => {
  it('is the middle value, the mean of the two middle ones for an even count, and 0 for none', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
