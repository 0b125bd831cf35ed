/**
 * The series in order, as the timeline shows it: every ordinal from the first to the latest, with a gap
 * standing where the archive has no record of a dialogue that the numbering says took place.
 */
import type { DialogueRecord } from './archive-index.ts';

export type SeriesItem = { kind: 'dialogue'; ordinal: number; dialogue: DialogueRecord } | { kind: 'gap'; ordinal: number };

/** Ordinals 1…latest; expects the dialogues first to latest, with unique ordinals (as `indexArchive` gives them). */
export function seriesWithGaps(dialogues: DialogueRecord[]): SeriesItem[] {
  const items: SeriesItem[] = [];
  let next = 1;
  for (const dialogue of dialogues) {
    for (; next < dialogue.ordinal; next++) items.push({ kind: 'gap', ordinal: next });
    items.push({ kind: 'dialogue', ordinal: dialogue.ordinal, dialogue });
    next = dialogue.ordinal + 1;
  }
  return items;
}

/** The dialogues before and after one, in the archive's order (undefined at either end). */
export function adjacentDialogues(
  dialogues: DialogueRecord[],
  dialogue: DialogueRecord,
): { previous: DialogueRecord | undefined; next: DialogueRecord | undefined } {
  const index = dialogues.indexOf(dialogue);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: dialogues[index - 1], next: dialogues[index + 1] };
}
