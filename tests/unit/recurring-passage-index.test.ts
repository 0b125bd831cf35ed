import { describe, expect, it } from 'vitest';
import { passageId, recurringPassageRecords, recurringPassagesIndex } from '../../src/lib/recurring-passage-index.ts';
import { buildArchive, dialogue, release } from './archive-fixture.ts';

const SHARED = 'both sides welcomed the progress made on the joint roadmap for resilience and agreed to meet again in the coming year in Paris';
const VARIANT = 'both sides welcomed the progress made on the joint roadmap for resilience and decided to meet again in the coming year in Paris';

const archive = buildArchive({
  dialogues: [
    dialogue('d-early', 1, { dates: { precision: 'day', date: '2012-04-02' } }),
    dialogue('d-late', 2, { dates: { precision: 'day-range', start: '2015-06-01', end: '2015-06-02' } }),
  ],
  releases: [
    // Without a date of issue: placed by its dialogue (June 2, 2015), after the note of 2013 and before that of 2016.
    release('undated-late', 'd-late', { body: `Opening words.\n\nIn Paris, ${VARIANT}, said the note.` }),
    release('note-2016', 'd-late', { issued: '2016-01-05', body: `${SHARED}. Closing words of the last one.` }),
    release('note-2013', 'd-early', { issued: '2013-01-10', body: `An unrelated first paragraph here.\n\nBoth ${SHARED.slice(5)}.` }),
  ],
});

describe('recurringPassagesIndex', () => {
  const { passages } = recurringPassagesIndex(archive);

  it('credits a passage to the earliest release in date order, placing an undated release by its dialogue', () => {
    expect(passages).toHaveLength(1);
    const [passage] = passages as [(typeof passages)[0]];
    expect(passage.first.release.id).toBe('note-2013');
    expect(passage.later.map((later) => later.release.id)).toEqual(['undated-late', 'note-2016']);
  });

  it('gives each appearance its paragraph, its place and its words as written', () => {
    const [passage] = passages as [(typeof passages)[0]];
    expect(passage.first).toMatchObject({ paragraph: 2, start: 0, end: 23, text: `Both ${SHARED.slice(5)}` });
    expect(passage.later[0]).toMatchObject({ paragraph: 2, start: 2, end: 25, text: VARIANT });
    expect(passage.id).toBe('passage-note-2013-p2-w1');
  });

  it('gives each later appearance its word-level difference from the first', () => {
    const [passage] = passages as [(typeof passages)[0]];
    expect(passage.later[0]!.changes).toEqual([{ from: 'agreed', to: 'decided' }]);
    expect(passage.later[1]!.changes).toEqual([]);
    expect(passage.later[0]!.diff.filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text}`)).toEqual(['removed:agreed', 'added:decided']);
  });

  it('gives each release its notes by paragraph', () => {
    const { notesByRelease } = recurringPassagesIndex(archive);
    expect([...notesByRelease.keys()].sort()).toEqual(['note-2013', 'note-2016', 'undated-late']);
    expect([...notesByRelease.get('undated-late')!.keys()]).toEqual([2]);
  });
});

describe('recurringPassageRecords', () => {
  it('finds nothing where nothing recurs, and nothing in no release', () => {
    expect(recurringPassageRecords([release('a', 'd', { body: 'One text of its own words.' }), release('b', 'd', { body: 'Another text, other words.' })])).toEqual([]);
    expect(recurringPassageRecords([])).toEqual([]);
  });
});

describe('passageId', () => {
  it('names a passage by its first appearance: release, paragraph and first word from 1', () => {
    expect(passageId({ release: { id: 'some-release' }, paragraph: 3, start: 41 })).toBe('passage-some-release-p3-w42');
  });
});
