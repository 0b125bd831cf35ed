import { describe, expect, it } from 'vitest';
import { titlesHeld } from '../../src/lib/lead-titles.ts';
import { buildArchive, delegation, dialogue, person, release } from './archive-fixture.ts';

describe('titlesHeld', () => {
  it('groups the dialogues a person led by the title they held, in order of first use', () => {
    const archive = buildArchive({
      people: [person('kim', 'us')],
      dialogues: [dialogue('d1', 1), dialogue('d2', 2), dialogue('d3', 3, { reported: { delegations: { us: delegation('kim', 'Deputy') } } })],
      releases: [
        release('r1', 'd1', { issued: '2001-01-01', us: delegation('kim', 'Deputy') }),
        release('r2', 'd2', { issued: '2002-01-01', us: delegation('kim', 'Coordinator') }),
      ],
    });
    const held = titlesHeld(archive.leadsByPerson.get('kim')!);
    expect(held.map((h) => [h.title, h.leads.map((lead) => lead.dialogue.ordinal)])).toEqual([
      ['Deputy', [1, 3]],
      ['Coordinator', [2]],
    ]);
    expect(titlesHeld([])).toEqual([]);
  });
});
