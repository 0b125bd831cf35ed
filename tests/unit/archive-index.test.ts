/** The derivations every page shares: the delegation of each dialogue, participation, leads and topic use. */
import { describe, expect, it } from 'vitest';
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
    const count = (id: string) => archive.agencyParticipation.get(id)!;
    expect(count('ops').dialogues.map((d) => d.ordinal)).toEqual([2]);
    expect(count('mail').dialogues.map((d) => d.ordinal)).toEqual([2]);
    expect(count('mail').releases.map((r) => r.id)).toEqual(['early', 'late']);
    expect(count('quai').dialogues).toHaveLength(1);
  });

  it('records the leads of each person with their title and source', () => {
    const archive = fixture();
    expect(archive.leadsByPerson.get('lee')!.map((l) => [l.dialogue.ordinal, l.title, l.release?.id])).toEqual([[2, 'Envoy', 'early']]);
    expect(archive.leadsByPerson.get('ray')!.map((l) => [l.dialogue.ordinal, l.title, l.release])).toEqual([[3, 'Acting envoy', undefined]]);
  });
});
