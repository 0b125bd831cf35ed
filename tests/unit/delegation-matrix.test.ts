import { describe, expect, it } from 'vitest';
import { buildDelegationMatrix, delegationChanges, PARTICIPATION_LABELS } from '../../src/lib/delegation-matrix.ts';
import { dialoguesWithoutAgencyList, sideStatus } from '../../src/lib/delegation-status.ts';
import { agency, buildArchive, delegation, dialogue, person, release } from './archive-fixture.ts';

/**
 * Four dialogues: nothing known of the first; a release lists both sides of the second; a cited source names
 * only the U.S. lead of the third; a release lists only the U.S. side of the fourth.
 */
function fixture() {
  return buildArchive({
    agencies: [
      agency('alpha', 'us', 'Office Zulu'),
      agency('bravo', 'us', 'Office Alpha'),
      agency('charlie', 'us', 'Office Mike'),
      agency('delta', 'us', 'Office Never'),
      agency('xray', 'fr', 'Ministère X'),
      agency('yankee', 'fr', 'Ministère Y'),
    ],
    people: [person('pat', 'us'), person('sam', 'fr')],
    dialogues: [
      dialogue('d1', 1),
      dialogue('d2', 2),
      dialogue('d3', 3, { reported: { delegations: { us: delegation('pat', 'Lead') } } }),
      dialogue('d4', 4),
    ],
    releases: [
      release('r2', 'd2', { issued: '2001-01-01', us: delegation('pat', 'Lead', ['alpha', 'bravo']), fr: delegation('sam', 'Lead', ['xray']) }),
      release('r4', 'd4', { issued: '2004-01-01', us: delegation('pat', 'Lead', ['bravo', 'charlie']) }),
    ],
  });
}

describe('sideStatus', () => {
  it('tells a listed side from a side with only its lead and a side not reported', () => {
    const archive = fixture();
    const [d1, d2, d3] = archive.dialogues;
    expect(sideStatus(d1!, 'us').kind).toBe('not-reported');
    expect(sideStatus(d3!, 'us').kind).toBe('lead-only');
    expect(sideStatus(d3!, 'fr').kind).toBe('not-reported');
    const listed = sideStatus(d2!, 'us');
    expect(listed.kind).toBe('listed');
    expect(listed.kind === 'listed' && [...listed.agencyIds]).toEqual(['alpha', 'bravo']);
  });
});

describe('buildDelegationMatrix', () => {
  const archive = fixture();
  const matrix = buildDelegationMatrix(archive.dialogues, archive.agencies.values());
  const row = (id: string) => matrix.groups.flatMap((group) => group.rows).find((r) => r.agency.id === id)!;

  it('has one column per dialogue, first to latest, and U.S. rows before French ones', () => {
    expect(matrix.dialogues.map((d) => d.ordinal)).toEqual([1, 2, 3, 4]);
    expect(matrix.groups.map((group) => group.country)).toEqual(['us', 'fr']);
    expect(matrix.groups[0]!.rows.every((r) => r.agency.data.country === 'us')).toBe(true);
    expect(matrix.groups[1]!.rows.every((r) => r.agency.data.country === 'fr')).toBe(true);
  });

  it('keeps three states: took part, not listed in a reported list, not reported', () => {
    expect(row('alpha').cells).toEqual(['not-reported', 'took-part', 'not-reported', 'not-listed']);
    expect(row('bravo').cells).toEqual(['not-reported', 'took-part', 'not-reported', 'took-part']);
    expect(row('charlie').cells).toEqual(['not-reported', 'not-listed', 'not-reported', 'took-part']);
    expect(row('delta').cells).toEqual(['not-reported', 'not-listed', 'not-reported', 'not-listed']);
  });

  it('reads each agency against its own side only', () => {
    // The fourth dialogue's release lists the U.S. side only: the French cells stay "not reported".
    expect(row('xray').cells).toEqual(['not-reported', 'took-part', 'not-reported', 'not-reported']);
    expect(row('yankee').cells).toEqual(['not-reported', 'not-listed', 'not-reported', 'not-reported']);
  });

  it('counts the dialogues each agency took part in', () => {
    expect(['alpha', 'bravo', 'charlie', 'delta', 'xray'].map((id) => row(id).dialogueCount)).toEqual([1, 2, 1, 0, 1]);
  });

  it('orders rows by first dialogue, then by name, agencies never listed last', () => {
    expect(matrix.groups[0]!.rows.map((r) => r.agency.id)).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
  });

  it('has a label for every state', () => {
    expect(Object.keys(PARTICIPATION_LABELS).sort()).toEqual(['not-listed', 'not-reported', 'took-part']);
  });
});

describe('delegationChanges', () => {
  it('compares each reported list with the previous reported list of its side, skipping unreported ones', () => {
    const archive = fixture();
    const changes = delegationChanges(archive.dialogues);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change!.dialogue.ordinal).toBe(4);
    expect(change!.side).toBe('us');
    expect(change!.comparedWith.ordinal).toBe(2);
    expect(change!.added).toEqual(['charlie']);
    expect(change!.kept).toEqual(['bravo']);
    expect(change!.dropped).toEqual(['alpha']);
  });
});

describe('dialoguesWithoutAgencyList', () => {
  it('lists the dialogues whose agency list for a side is not reported', () => {
    const archive = fixture();
    expect(dialoguesWithoutAgencyList(archive.dialogues, 'us').map((d) => d.ordinal)).toEqual([1, 3]);
    expect(dialoguesWithoutAgencyList(archive.dialogues, 'fr').map((d) => d.ordinal)).toEqual([1, 3, 4]);
  });
});
