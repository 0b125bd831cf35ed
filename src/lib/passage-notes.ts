/**
 * The notes in the margin of a release's text that mark its recurring passages: where a passage first appears
 * and, on its first appearance, where it returns. A note names at most `NOTE_LIMIT` other appearances and counts
 * the rest (the /language/ page lists them all), so that a passage shared by thousands of releases adds a few
 * links to each page, not thousands: the notes grow with the number of appearances, never with its square.
 */
import { paragraphId } from './paragraph-anchors.ts';
import { textWords } from './passage-words.ts';
import type { PassageAppearance, PassageRecord } from './recurring-passage-index.ts';
import { paths } from './urls.ts';

/** The most other appearances a note names. */
export const NOTE_LIMIT = 3;

export interface PassageNote {
  passage: PassageRecord;
  /** The passage as it stands in this release. */
  here: PassageAppearance;
  /** Whether this is the passage's first appearance in the archive. */
  isFirst: boolean;
  /** The other appearances the note names: the first, from a later appearance; the first later ones, from the first. */
  named: PassageAppearance[];
  /** How many other appearances it does not name. */
  unnamed: number;
  /** For a later appearance, how many changes it makes to the first's words; 0 for the first. */
  changes: number;
}

/** For each release id, its notes by paragraph number, in the order of their words. Linear in the appearances. */
export function passageNotesByRelease(passages: readonly PassageRecord[]): Map<string, Map<number, PassageNote[]>> {
  const notes = new Map<string, Map<number, PassageNote[]>>();
  const add = (note: PassageNote) => {
    let byParagraph = notes.get(note.here.release.id);
    if (!byParagraph) notes.set(note.here.release.id, (byParagraph = new Map()));
    const list = byParagraph.get(note.here.paragraph);
    if (list) list.push(note);
    else byParagraph.set(note.here.paragraph, [note]);
  };
  for (const passage of passages) {
    const named = passage.later.slice(0, NOTE_LIMIT);
    add({ passage, here: passage.first, isFirst: true, named, unnamed: passage.later.length - named.length, changes: 0 });
    for (const later of passage.later) {
      add({ passage, here: later, isFirst: false, named: [passage.first], unnamed: passage.later.length - 1, changes: later.changes.length });
    }
  }
  for (const byParagraph of notes.values()) {
    for (const list of byParagraph.values()) list.sort((a, b) => a.here.start - b.here.start);
  }
  return notes;
}

/** How many words a note quotes at each end of a passage. */
export const QUOTE_WORDS = 4;

/**
 * The ends of a passage as written, to say which words of the paragraph a note is about: its first and last
 * `QUOTE_WORDS` words ("reaffirmed their support for" … "practical confidence building measures"), or the whole
 * passage (and no end) when it is no longer than both.
 */
export function shortQuote(text: string): { start: string; end: string } {
  const words = textWords(text);
  if (words.length <= 2 * QUOTE_WORDS) return { start: text, end: '' };
  return {
    start: text.slice(0, words[QUOTE_WORDS - 1]!.end),
    end: text.slice(words[words.length - QUOTE_WORDS]!.start),
  };
}

/** How a note or list names an appearance: the release's title and the paragraph, "Sixth U.S.-France Cyber Dialogue, ¶2". */
export function appearanceLabel(appearance: PassageAppearance): string {
  return `${appearance.release.data.title}, ¶${appearance.paragraph}`;
}

/** Where an appearance is: its release's page at the paragraph's anchor, "/releases/ID/#p2" (a path from the site root). */
export function appearancePath(appearance: PassageAppearance): string {
  return `${paths.release(appearance.release.id)}#${paragraphId(appearance.paragraph)}`;
}
