import { describe, expect, it } from 'vitest';
import { releaseMentions } from '../../src/lib/release-mentions.ts';
import { buildArchive, delegation, dialogue, release } from './archive-fixture.ts';

describe('releaseMentions', () => {
  const archive = buildArchive({
    dialogues: [dialogue('d', 1)],
    releases: [
      release('listed', 'd', { issued: '2001-01-01', us: delegation('lou', 'Lead', ['desk', 'post']) }),
      release('texted', 'd', { issued: '2002-01-01', body: 'The <Agency id="desk">Desk</Agency> and <Person id="kai">Kai</Person>; the <Agency id="desk">desk</Agency> again.' }),
      release('both', 'd', { issued: '2003-01-01', fr: delegation('kai', 'Lead', ['quai']), body: 'Said <Person id="kai">Kai</Person> of the <Agency id="quai">Quai</Agency>.' }),
    ],
  });
  const mentions = releaseMentions(archive.releasesNewestFirst);
  const ids = (list: { id: string }[] | undefined) => list?.map((r) => r.id);

  it('finds agencies and people in delegations and in the text, each release once, in the order given', () => {
    expect(ids(mentions.agencies.get('desk'))).toEqual(['texted', 'listed']);
    expect(ids(mentions.agencies.get('post'))).toEqual(['listed']);
    expect(ids(mentions.agencies.get('quai'))).toEqual(['both']);
    expect(ids(mentions.people.get('kai'))).toEqual(['both', 'texted']);
    expect(ids(mentions.people.get('lou'))).toEqual(['listed']);
    expect(mentions.agencies.get('nobody')).toBeUndefined();
  });

  it('is computed once per list of releases', () => {
    expect(releaseMentions(archive.releasesNewestFirst)).toBe(mentions);
    expect(releaseMentions([...archive.releasesNewestFirst])).not.toBe(mentions);
  });
});
