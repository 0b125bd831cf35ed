import { describe, expect, it } from 'vitest';
import { participationCounts } from '../../src/lib/participation-counts.ts';
import { buildArchive, delegation, dialogue, release } from './archive-fixture.ts';

describe('participationCounts', () => {
  const archive = buildArchive({
    dialogues: [dialogue('d-one', 1), dialogue('d-two', 2, { reported: { delegations: { us: delegation('lead-x', 'Envoy') } } }), dialogue('d-three', 3)],
    releases: [
      release('r-one', 'd-one', { issued: '2011-01-01', us: delegation('lead-a', 'Envoy', ['u1', 'u2', 'u3']), fr: delegation('lead-b', 'Envoy', ['f1']) }),
      release('r-three', 'd-three', { issued: '2013-01-01', fr: delegation('lead-c', 'Envoy', ['f1', 'f2', 'f3', 'f4', 'f5']) }),
    ],
  });
  const { rows, largest } = participationCounts(archive.dialogues);

  it('counts the agencies each side listed, dialogue by dialogue, first to latest', () => {
    expect(rows.map((row) => row.dialogue.entry.id)).toEqual(['d-one', 'd-two', 'd-three']);
    expect(rows[0]!.sides).toEqual({ us: { kind: 'listed', count: 3 }, fr: { kind: 'listed', count: 1 } });
    expect(rows[2]!.sides.fr).toEqual({ kind: 'listed', count: 5 });
  });

  it('says "not reported" where no list is, never zero, and tells a side known only by its lead', () => {
    expect(rows[1]!.sides).toEqual({ us: { kind: 'not-reported', leadOnly: true }, fr: { kind: 'not-reported', leadOnly: false } });
    expect(rows[2]!.sides.us).toEqual({ kind: 'not-reported', leadOnly: false });
  });

  it('gives the largest count, the scale of the bars', () => {
    expect(largest).toBe(5);
    expect(participationCounts([]).largest).toBe(0);
  });
});
