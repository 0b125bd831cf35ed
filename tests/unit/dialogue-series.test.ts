import { describe, expect, it } from 'vitest';
import { adjacentDialogues, seriesWithGaps } from '../../src/lib/dialogue-series.ts';
import { buildArchive, dialogue } from './archive-fixture.ts';

describe('seriesWithGaps', () => {
  it('shows every ordinal from 1 to the latest, with gaps where the archive has no dialogue', () => {
    const archive = buildArchive({ dialogues: [dialogue('c', 3), dialogue('f', 6), dialogue('b', 2)] });
    expect(seriesWithGaps(archive.dialogues).map((item) => `${item.kind}:${item.ordinal}`)).toEqual([
      'gap:1',
      'dialogue:2',
      'dialogue:3',
      'gap:4',
      'gap:5',
      'dialogue:6',
    ]);
  });

  it('has no gap in a complete series, and nothing for an empty one', () => {
    const archive = buildArchive({ dialogues: [dialogue('a', 1), dialogue('b', 2)] });
    expect(seriesWithGaps(archive.dialogues).every((item) => item.kind === 'dialogue')).toBe(true);
    expect(seriesWithGaps([])).toEqual([]);
  });
});

describe('adjacentDialogues', () => {
  it('gives the previous and next dialogue in order, none at either end', () => {
    const archive = buildArchive({ dialogues: [dialogue('c', 3), dialogue('a', 1), dialogue('b', 2)] });
    const [first, second, third] = archive.dialogues;
    expect(adjacentDialogues(archive.dialogues, second!)).toEqual({ previous: first, next: third });
    expect(adjacentDialogues(archive.dialogues, first!).previous).toBeUndefined();
    expect(adjacentDialogues(archive.dialogues, third!).next).toBeUndefined();
  });
});
