import { describe, expect, it } from 'vitest';
import { agenciesByCountry } from '../../src/lib/agency-directory.ts';
import { agency } from './archive-fixture.ts';

describe('agenciesByCountry', () => {
  it('groups U.S. then French agencies, each sorted by name', () => {
    const groups = agenciesByCountry([agency('b', 'fr', 'Ministère B'), agency('z', 'us', 'Zeta'), agency('a', 'fr', 'Agence A'), agency('m', 'us', 'Mu')]);
    expect(groups.map((g) => [g.country, g.agencies.map((a) => a.id)])).toEqual([
      ['us', ['m', 'z']],
      ['fr', ['a', 'b']],
    ]);
  });
});
