import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { additionsByFile, agencyAdditionsYaml, dialogueAdditionsYaml, hasAdditions, noAdditions, personAdditionsYaml, UNREVIEWED_AGENCY_WEBSITE } from '../../src/importer/registry-additions.ts';

describe('registry additions', () => {
  it('agencies, people and dialogues as YAML entries that read back as given, marked needsReview', () => {
    expect(parseYaml(agencyAdditionsYaml([{ id: 'bureau-x', name: 'Bureau: X', country: 'us', foundIn: 'a.txt' }]))).toEqual({
      'bureau-x': { name: 'Bureau: X', country: 'us', description: 'Not yet described: added by the importer from a.txt; to be reviewed.', website: UNREVIEWED_AGENCY_WEBSITE, needsReview: true },
    });
    expect(parseYaml(personAdditionsYaml([{ id: 'no', name: 'No', country: 'fr' }]))).toEqual({ no: { name: 'No', country: 'fr', needsReview: true } });
    const dialogues = dialogueAdditionsYaml([{ id: 'seventh', ordinal: 7, dates: { precision: 'day-range', start: '2099-10-30', end: '2099-11-01' }, place: { kind: 'city', city: 'Washington, D.C.', country: 'us' }, release: 'r', quote: 'On October 30: x' }]);
    expect(dialogues).toContain('  dates: { precision: day-range, start: "2099-10-30", end: "2099-11-01" }\n  place: { kind: city, city: "Washington, D.C.", country: us }\n');
    expect(parseYaml(dialogues, { version: '1.1' }).seventh.sources).toEqual([{ release: 'r', quote: 'On October 30: x' }]);
  });

  it('groups them by registry file', () => {
    expect(hasAdditions(noAdditions())).toBe(false);
    expect(additionsByFile({ ...noAdditions(), people: [{ id: 'p', name: 'P', country: 'us' }] }).map((each) => each.file)).toEqual(['people.yaml']);
  });
});
