/** The derivations every page shares: the delegation of each dialogue, participation, leads and topic use. */
import { describe, expect, it } from 'vitest';
import { releaseMentions } from '../../src/lib/release-mentions.ts';
import { agency, buildArchive, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

function fixture() {
  return buildArchive({
    agencies: [agency('ops', 'us'), agency('mail', 'us'), agency('quai', 'fr')],
    people: [person('lee', 'us'), person('noa', 'fr'), person('ray', 'us')],
    topics: [topic('tide'), topic('wind')],
    dialogues: [
      dialogue('one', 1),
      dialogue('two', 2),
      dialogue('three', 3, { reported: { delegations: { us: delegation('ray', 'Acting envoy') }, topics: ['wind'] } }),
    ],
    releases: [
      // Two releases on the second dialogue: the older one is where its delegations come from.
      release('late', 'two', { issued: '2002-03-01', us: delegation('lee', 'Later title', ['mail']), topics: ['wind'] }),
      release('early', 'two', { issued: '2002-02-01', us: delegation('lee', 'Envoy', ['ops', 'mail']), fr: delegation('noa', 'Ambassador', ['quai']), topics: ['tide'] }),
    ],
  });
}

describe('delegations per dialogue', () => {
  it('takes each side from the oldest release that reports it', () => {
    const two = fixture().dialoguesById.get('two')!;
    expect(two.releases.map((r) => r.id)).toEqual(['early', 'late']);
    expect(two.delegations.us?.release?.id).toBe('early');
    expect(two.delegations.us?.delegation.lead.title).toBe('Envoy');
    expect(two.delegations.fr?.delegation.agencies.map((a) => a.agency.id)).toEqual(['quai']);
  });

  it('falls back to the reported facts, without a release, and leaves unknown sides empty', () => {
    const archive = fixture();
    const three = archive.dialoguesById.get('three')!;
    expect(three.delegations.us?.release).toBeUndefined();
    expect(three.delegations.us?.delegation.lead.person.id).toBe('ray');
    expect(three.delegations.fr).toBeUndefined();
    expect(archive.dialoguesById.get('one')!.delegations).toEqual({});
  });

  it('gathers topics from releases and reported facts, without repeats', () => {
    const archive = fixture();
    expect(archive.dialoguesById.get('two')!.topicIds).toEqual(['tide', 'wind']);
    expect(archive.dialoguesById.get('three')!.topicIds).toEqual(['wind']);
    expect(archive.topicUse.get('wind')!.dialogues.map((d) => d.ordinal)).toEqual([2, 3]);
    expect(archive.topicUse.get('wind')!.releases.map((r) => r.id)).toEqual(['late']);
  });
});

describe('participation counts', () => {
  it('counts each dialogue an agency took part in once, and every release that lists it', () => {
    const archive = fixture();
    const dialoguesOf = (id: string) => archive.agencyAppearances.get(id)!.map((a) => a.dialogue);
    expect(dialoguesOf('ops').map((d) => d.ordinal)).toEqual([2]);
    expect(dialoguesOf('mail').map((d) => d.ordinal)).toEqual([2]);
    expect(releaseMentions(archive.releasesNewestFirst).agencies.get('mail')!.map((r) => r.id)).toEqual(['late', 'early']);
    expect(dialoguesOf('quai')).toHaveLength(1);
  });

  it('records the leads of each person with their title and source', () => {
    const archive = fixture();
    expect(archive.leadsByPerson.get('lee')!.map((l) => [l.dialogue.ordinal, l.title, l.release?.id])).toEqual([[2, 'Envoy', 'early']]);
    expect(archive.leadsByPerson.get('ray')!.map((l) => [l.dialogue.ordinal, l.title, l.release])).toEqual([[3, 'Acting envoy', undefined]]);
  });
});

describe('agency appearances', () => {
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
  const appearances = archive.agencyAppearances;

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

  it('has an empty list for an agency that took part in no reported delegation', () => {
    const lone = buildArchive({ agencies: [agency('lone', 'us')] });
    expect(lone.agencyAppearances.get('lone')).toEqual([]);
  });
});
