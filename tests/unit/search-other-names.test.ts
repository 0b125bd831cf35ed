import { describe, expect, it } from 'vitest';
import { otherAgencyNames } from '../../src/lib/search-other-names.ts';

const interior = { name: 'Ministry of the Interior', aliases: ['Ministry of Home Affairs'] };
const anssi = {
  name: 'National Cybersecurity Agency',
  acronym: 'ANSSI',
  aliases: ['National Cybersecurity Agency (ANSSI)', 'National Cybersecurity Agency of France'],
};

describe('otherAgencyNames', () => {
  it('gives the aliases a release page does not show', () => {
    expect(otherAgencyNames(interior)).toEqual(['Ministry of Home Affairs']);
  });

  it('leaves out the release’s own wording, shown beside the agency', () => {
    expect(otherAgencyNames(interior, 'Ministry of Home Affairs')).toEqual([]);
    expect(otherAgencyNames({ name: 'Department of State', aliases: ['U.S. Department of State', 'State Department'] }, 'U.S. Department of State')).toEqual([
      'State Department',
    ]);
  });

  it('leaves out the name with its acronym, which the page shows, whatever the case', () => {
    expect(otherAgencyNames(anssi)).toEqual(['National Cybersecurity Agency of France']);
    expect(otherAgencyNames({ ...anssi, aliases: ['national cybersecurity agency (anssi)', 'NATIONAL CYBERSECURITY AGENCY'] })).toEqual([]);
  });

  it('gives nothing for an agency without aliases, and no repeats', () => {
    expect(otherAgencyNames({ name: 'Federal Bureau of Investigation', acronym: 'FBI', aliases: [] })).toEqual([]);
    expect(otherAgencyNames({ name: 'A', aliases: ['B', 'b', 'B'] })).toEqual(['B']);
  });
});
