import { describe, expect, it } from 'vitest';
import { textWords } from '../../src/lib/passage-words.ts';
import { findRecurringPassages, MIN_RUN, type PassageSource } from '../../src/lib/recurring-passages.ts';

/** The words of a span of a paragraph, folded: what the finder matched. */
function spanWords(sources: PassageSource[], span: { release: string; paragraph: number; start: number; end: number }): string {
  const text = sources.find((source) => source.id === span.release)!.paragraphs[span.paragraph - 1]!;
  return textWords(text).slice(span.start, span.end).map((word) => word.folded).join(' ');
}

/** `count` made-up words that occur nowhere else: "w1x w2x …" with a prefix of the caller's. */
const filler = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');

const NOTE_2018 =
  'Discussions also focused on efforts to counter malicious state and non-state cyber activities, the use of the Internet for terrorist purposes, and cybercrime. ' +
  'The United States and France reaffirmed their support for a framework of responsible state behavior in cyberspace, based on the applicability of existing international law, ' +
  'adherence to non-binding peacetime norms of state behavior, and implementation of practical confidence building measures. This meeting builds on the inaugural dialogue.';
const NOTE_2024 =
  'At the bilateral meeting, the United States and France discussed cyber capacity building in Ukraine and the Indo-Pacific. ' +
  'Both countries reaffirmed their support for the framework of responsible state behavior in cyberspace, based on respect for existing international law, ' +
  'adherence to non-binding peacetime norms of state behavior, and implementation of practical confidence building measures. The delegations also discussed the NATO Summit.';

describe('findRecurringPassages', () => {
  it('finds the 2018 passage in 2024 as one passage, across its two changes', () => {
    const sources = [
      { id: 'note-2018', paragraphs: ['First paragraph of the note.', NOTE_2018] },
      { id: 'note-2024', paragraphs: [NOTE_2024] },
    ];
    const passages = findRecurringPassages(sources);
    expect(passages).toHaveLength(1);
    const [{ first, later }] = passages as [(typeof passages)[0]];
    expect(first).toMatchObject({ release: 'note-2018', paragraph: 2 });
    expect(spanWords(sources, first)).toBe(
      'reaffirmed their support for a framework of responsible state behavior in cyberspace based on the applicability of existing international law ' +
        'adherence to non binding peacetime norms of state behavior and implementation of practical confidence building measures',
    );
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ release: 'note-2024', paragraph: 1, sourceStart: first.start, sourceEnd: first.end });
    expect(spanWords(sources, later[0]!)).toBe(
      'reaffirmed their support for the framework of responsible state behavior in cyberspace based on respect for existing international law ' +
        'adherence to non binding peacetime norms of state behavior and implementation of practical confidence building measures',
    );
  });

  it('finds no passage in a run one word short of the minimum, even on either side of a small change', () => {
    const shared = filler('s', MIN_RUN - 1);
    expect(findRecurringPassages([
      { id: 'a', paragraphs: [`${filler('a', 5)} ${shared} ${filler('b', 5)}`] },
      { id: 'b', paragraphs: [`${filler('c', 5)} ${shared} ${filler('d', 5)}`] },
    ])).toEqual([]);
    // Two runs of 11 words with one word changed between them: no run reaches 12, so nothing to extend.
    const second = filler('t', MIN_RUN - 1);
    expect(findRecurringPassages([
      { id: 'a', paragraphs: [`${shared} old ${second}`] },
      { id: 'b', paragraphs: [`${shared} new ${second}`] },
    ])).toEqual([]);
  });

  it('finds a run of exactly the minimum', () => {
    const shared = filler('s', MIN_RUN);
    const passages = findRecurringPassages([
      { id: 'a', paragraphs: [`${filler('a', 3)} ${shared}`] },
      { id: 'b', paragraphs: [`${shared} ${filler('b', 3)}`] },
    ]);
    expect(passages).toEqual([
      { first: { release: 'a', paragraph: 1, start: 3, end: 3 + MIN_RUN }, later: [{ release: 'b', paragraph: 1, start: 0, end: MIN_RUN, sourceStart: 3, sourceEnd: 3 + MIN_RUN }] },
    ]);
  });

  it('does not join runs across a change of more than four words, nor before a run of fewer than four', () => {
    const run = filler('s', MIN_RUN);
    const after = filler('t', 6);
    const passages = findRecurringPassages([
      { id: 'a', paragraphs: [`${run} ${filler('x', 5)} ${after}`] },
      { id: 'b', paragraphs: [`${run} ${filler('y', 5)} ${after}`] },
    ]);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.first).toMatchObject({ start: 0, end: MIN_RUN });
    const short = findRecurringPassages([
      { id: 'a', paragraphs: [`${run} x1 t1 t2 t3 ${filler('p', 4)}`] },
      { id: 'b', paragraphs: [`${run} y1 t1 t2 t3 ${filler('q', 4)}`] },
    ]);
    expect(short[0]!.first).toMatchObject({ start: 0, end: MIN_RUN });
  });

  it('gathers a passage shared by three releases into one, credited to the earliest, in the order given', () => {
    const shared = filler('s', 20);
    const variant = shared.replace('s15', 'changed');
    const sources = [
      { id: 'first', paragraphs: [`Opening words here. ${shared}.`] },
      { id: 'second', paragraphs: ['Another paragraph entirely.', `${variant} and then more.`] },
      // The third copies the second's wording: still the first's passage, with the second's change.
      { id: 'third', paragraphs: [`${variant} closing.`] },
    ];
    const passages = findRecurringPassages(sources);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.first).toMatchObject({ release: 'first', paragraph: 1, start: 3, end: 23 });
    expect(passages[0]!.later.map(({ release, paragraph }) => `${release} ¶${paragraph}`)).toEqual(['second ¶2', 'third ¶1']);
    expect(passages[0]!.later.map((later) => spanWords(sources, later))).toEqual([variant, variant]);
  });

  it('compares words with case and punctuation folded', () => {
    const passages = findRecurringPassages([
      { id: 'a', paragraphs: ['The U.S. and France, in their cyber-policy dialogue, reaffirmed: an open, secure and reliable Internet!'] },
      { id: 'b', paragraphs: ['the US and FRANCE in their cyber policy dialogue reaffirmed an open secure and reliable internet'] },
    ]);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.later[0]).toMatchObject({ start: 0, end: 16, sourceStart: 0, sourceEnd: 16 });
  });

  it('ignores what a release repeats of itself, and what repeats across paragraphs of different shape only within each', () => {
    const shared = filler('s', 15);
    expect(findRecurringPassages([{ id: 'a', paragraphs: [shared, shared] }])).toEqual([]);
    // A run cut by a paragraph break is matched on each side only where that side alone reaches the minimum.
    const passages = findRecurringPassages([
      { id: 'a', paragraphs: [`${filler('s', 15)} ${filler('t', 5)}`] },
      { id: 'b', paragraphs: [filler('s', 15), filler('t', 5)] },
    ]);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.later[0]).toMatchObject({ release: 'b', paragraph: 1, start: 0, end: 15 });
  });

  it('gives a passage repeated by many releases one entry per appearance, not one per pair', () => {
    const shared = filler('s', 30);
    const sources = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, paragraphs: [`${filler(`u${i}x`, 4)} ${shared} ${filler(`v${i}x`, 4)}`] }));
    const passages = findRecurringPassages(sources);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.first.release).toBe('r0');
    expect(passages[0]!.later.map((later) => later.release)).toEqual(sources.slice(1).map((source) => source.id));
  });
});
