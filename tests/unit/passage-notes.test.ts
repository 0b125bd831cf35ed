import { describe, expect, it } from 'vitest';
import { appearanceLabel, appearancePath, NOTE_LIMIT, passageNotesByRelease, QUOTE_WORDS, shortQuote } from '../../src/lib/passage-notes.ts';
import { recurringPassageRecords } from '../../src/lib/recurring-passage-index.ts';
import { release } from './archive-fixture.ts';

const SHARED = 'the two delegations reviewed the implementation of the work plan on incident response and the agreed information sharing framework for the next year';

/** `count` releases oldest first, each repeating SHARED in its first paragraph (the third with a change). */
function releases(count: number) {
  return Array.from({ length: count }, (_, i) =>
    release(`r${i}`, 'd', { title: `Release number ${i}`, body: `Opening ${i}. ${i === 2 ? SHARED.replace('agreed', 'common') : SHARED}.` }),
  );
}

describe('passageNotesByRelease', () => {
  it('notes the first appearance with the first later ones it names, and counts the rest', () => {
    const notes = passageNotesByRelease(recurringPassageRecords(releases(10)));
    const first = notes.get('r0')!.get(1)![0]!;
    expect(first.isFirst).toBe(true);
    expect(first.named.map((other) => other.release.id)).toEqual(['r1', 'r2', 'r3'].slice(0, NOTE_LIMIT));
    expect(first.unnamed).toBe(9 - NOTE_LIMIT);
  });

  it('notes each later appearance with the first and how many others there are, and its changes', () => {
    const notes = passageNotesByRelease(recurringPassageRecords(releases(10)));
    const later = notes.get('r2')!.get(1)![0]!;
    expect(later.isFirst).toBe(false);
    expect(later.named.map((other) => other.release.id)).toEqual(['r0']);
    expect(later.unnamed).toBe(8);
    expect(later.changes).toBe(1);
    expect(notes.get('r5')!.get(1)![0]!.changes).toBe(0);
  });

  it('names at most a few others in any note, however many releases share a passage', () => {
    const notes = passageNotesByRelease(recurringPassageRecords(releases(200)));
    const named = [...notes.values()].flatMap((byParagraph) => [...byParagraph.values()].flat()).map((note) => note.named.length);
    expect(named).toHaveLength(200);
    expect(Math.max(...named)).toBeLessThanOrEqual(NOTE_LIMIT);
  });
});

describe('shortQuote', () => {
  it('quotes the first and last words of a long passage as written, the whole of a short one', () => {
    expect(shortQuote('reaffirmed their support for a framework of responsible behavior, and practical confidence building measures')).toEqual({
      start: 'reaffirmed their support for',
      end: 'practical confidence building measures',
    });
    const short = Array.from({ length: 2 * QUOTE_WORDS }, (_, i) => `w${i}`).join(' ');
    expect(shortQuote(short)).toEqual({ start: short, end: '' });
  });
});

describe('appearanceLabel', () => {
  it('is the title and the paragraph', () => {
    const [passage] = recurringPassageRecords(releases(2));
    expect(appearanceLabel(passage!.later[0]!)).toBe('Release number 1, ¶1');
  });
});

describe('appearancePath', () => {
  it('is the release page at the paragraph anchor', () => {
    const [passage] = recurringPassageRecords(releases(2));
    expect(appearancePath(passage!.later[0]!)).toBe('/releases/r1/#p1');
  });
});
