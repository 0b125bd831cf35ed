import { describe, expect, it } from 'vitest';
import { peopleByCountry } from '../../src/lib/people-directory.ts';
import { buildArchive, delegation, dialogue, person, release } from './archive-fixture.ts';

describe('peopleByCountry', () => {
  it('groups U.S. then French leads, each in the order they first led, those who led none last', () => {
    const archive = buildArchive({
      people: [person('zed', 'us', 'Zed'), person('amy', 'us', 'Amy'), person('bea', 'us', 'Bea'), person('noe', 'fr', 'Noé'), person('ada', 'fr', 'Ada')],
      dialogues: [dialogue('d1', 1), dialogue('d2', 2)],
      releases: [
        release('r1', 'd1', { issued: '2001-01-01', us: delegation('zed', 'Lead'), fr: delegation('noe', 'Lead') }),
        release('r2', 'd2', { issued: '2002-01-01', us: delegation('bea', 'Lead'), fr: delegation('ada', 'Lead') }),
      ],
    });
    const groups = peopleByCountry(archive.people.values(), archive.leadsByPerson);
    expect(groups.map((g) => [g.country, g.people.map((p) => p.id)])).toEqual([
      ['us', ['zed', 'bea', 'amy']],
      ['fr', ['noe', 'ada']],
    ]);
  });
});
