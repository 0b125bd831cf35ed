import { describe, expect, it } from 'vitest';
import { agencyAppearances } from '../../src/lib/agency-appearances.ts';
import { agenciesByCountry } from '../../src/lib/agency-directory.ts';
import { agency, buildArchive, delegation, dialogue, person, release } from './archive-fixture.ts';

describe('agencyAppearances', () => {
  const archive = buildArchive({
    agencies: [agency('home', 'fr', 'Ministry of Inside'), agency('sea', 'fr'), agency('post', 'us')],
    people: [person('ann', 'fr'), person('bob', 'us')],
    dialogues: [
      dialogue('d1', 1),
      dialogue('d2', 2, { reported: { delegations: { fr: delegation('ann', 'Envoy', ['sea']) } } }),
      dialogue('d3', 3),
    ],
    releases: [
      release('r1', 'd1', { issued: '2001-01-01', fr: delegation('ann', 'Envoy', ['home', 'sea']), us: delegation('bob', 'Chief', ['post']) }),
      release('r3', 'd3', { issued: '2003-01-01', fr: delegation('ann', 'Envoy', [['home', 'Ministry of Home Things']]) }),
    ],
  });
  const appearances = agencyAppearances(archive.dialogues);

  it('lists each agency\'s dialogues first to latest, with its side and the words used', () => {
    const home = appearances.get('home')!;
    expect(home.map((a) => [a.dialogue.ordinal, a.side, a.wording])).toEqual([
      [1, 'fr', undefined],
      [3, 'fr', 'Ministry of Home Things'],
    ]);
  });

  it('names the release a delegation comes from, or none for cited sources', () => {
    const sea = appearances.get('sea')!;
    expect(sea.map((a) => [a.dialogue.ordinal, a.release?.id])).toEqual([
      [1, 'r1'],
      [2, undefined],
    ]);
    expect(appearances.get('post')!.map((a) => a.side)).toEqual(['us']);
  });

  it('is computed once per list of dialogues', () => {
    expect(agencyAppearances(archive.dialogues)).toBe(appearances);
    expect(agencyAppearances([...archive.dialogues])).not.toBe(appearances);
  });
});

describe('agenciesByCountry', () => {
  it('groups U.S. then French agencies, each sorted by name', () => {
    const groups = agenciesByCountry([agency('b', 'fr', 'Ministère B'), agency('z', 'us', 'Zeta'), agency('a', 'fr', 'Agence A'), agency('m', 'us', 'Mu')]);
    expect(groups.map((g) => [g.country, g.agencies.map((a) => a.id)])).toEqual([
      ['us', ['m', 'z']],
      ['fr', ['a', 'b']],
    ]);
  });
});
