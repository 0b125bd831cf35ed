import { describe, expect, it } from 'vitest';
import { containsPhrase } from '../../src/lib/phrases.ts';

describe('containsPhrase', () => {
  it('matches whole words, whatever the case and line breaks', () => {
    expect(containsPhrase('the Federal Bureau of\nInvestigation took part', 'federal bureau of investigation')).toBe(true);
    expect(containsPhrase("NATO's partners", 'NATO')).toBe(true);
    expect(containsPhrase('the Coordinator', 'NATO')).toBe(false);
    expect(containsPhrase('the DoD (Defense)', 'DoD (Defense)')).toBe(true);
    expect(containsPhrase('any text', '  ')).toBe(false);
  });
});
