import { describe, expect, it } from 'vitest';
import { FIELDS, fieldRole, HEADING_WEIGHT, NAMES_WEIGHT, searchMetaWeights, textWeight } from '../../src/lib/search-fields.ts';

describe('fieldRole', () => {
  it('tells each field apart by its name', () => {
    expect(fieldRole('title')).toEqual({ role: 'heading' });
    expect(fieldRole('name')).toEqual({ role: 'heading' });
    expect(fieldRole('date')).toEqual({ role: 'fact' });
    expect(fieldRole('office')).toEqual({ role: 'office' });
    expect(fieldRole(FIELDS.agency('fr', 12))).toEqual({ role: 'agency', side: 'fr' });
    expect(fieldRole(FIELDS.dialogueAgency('us', 3))).toEqual({ role: 'agency', side: 'us' });
    expect(fieldRole(FIELDS.lead('us'))).toEqual({ role: 'lead', side: 'us' });
    expect(fieldRole(FIELDS.dialogueLead('fr'))).toEqual({ role: 'lead', side: 'fr' });
    expect(fieldRole('dtopics')).toEqual({ role: 'topics' });
    expect(fieldRole('also')).toEqual({ role: 'also' });
    expect(fieldRole('image')).toBeUndefined();
    expect(fieldRole('usa')).toBeUndefined();
  });
});

describe('searchMetaWeights and textWeight', () => {
  const weights = searchMetaWeights();

  it('weigh a heading above the text, and names below it', () => {
    expect(weights.title).toBe(HEADING_WEIGHT);
    expect(HEADING_WEIGHT).toBeGreaterThan(1);
    expect(NAMES_WEIGHT).toBeLessThan(1);
    expect(weights[FIELDS.agency('us', 1)]).toBe(NAMES_WEIGHT);
    expect(weights.topics).toBe(NAMES_WEIGHT);
  });

  it('weigh every field of another kind of page a little below a release’s', () => {
    const pairs = [
      ['name', 'title'],
      ['also', 'topics'],
      ['dtopics', 'topics'],
      [FIELDS.dialogueAgency('fr', 40), FIELDS.agency('fr', 40)],
      [FIELDS.dialogueLead('us'), FIELDS.lead('us')],
    ] as const;
    for (const [other, release] of pairs) {
      expect(weights[other], other).toBeLessThan(weights[release]!);
      expect(weights[other], other).toBeGreaterThan(0);
    }
    expect(textWeight('release')).toBeUndefined();
    expect(textWeight('dialogue')).toBeLessThan(1);
  });
});
