/**
 * Participation at a glance: for each dialogue, how many agencies each side's reported list names. A side whose
 * list no source reports has no count (never zero): it may have brought any number of agencies.
 */
import type { DialogueRecord } from './archive-index.ts';
import { sideStatus } from './delegation-status.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';

export type SideCount =
  /** The agencies the reported list names. */
  | { kind: 'listed'; count: number }
  /** No source lists the side's agencies; `leadOnly` when a source names its lead. */
  | { kind: 'not-reported'; leadOnly: boolean };

export interface ParticipationRow {
  dialogue: DialogueRecord;
  sides: Record<Country, SideCount>;
}

export interface ParticipationCounts {
  /** First to latest. */
  rows: ParticipationRow[];
  /** The largest count of any side at any dialogue (0 when none is reported): the scale of the bars. */
  largest: number;
}

/** One row per dialogue, through the same side status as the matrix, so "not reported" means the same in both. */
export function participationCounts(dialogues: readonly DialogueRecord[]): ParticipationCounts {
  let largest = 0;
  const rows = dialogues.map((dialogue) => {
    const sides = {} as Record<Country, SideCount>;
    for (const side of COUNTRIES) {
      const status = sideStatus(dialogue, side);
      if (status.kind === 'listed') {
        sides[side] = { kind: 'listed', count: status.agencyIds.size };
        largest = Math.max(largest, status.agencyIds.size);
      } else {
        sides[side] = { kind: 'not-reported', leadOnly: status.kind === 'lead-only' };
      }
    }
    return { dialogue, sides };
  });
  return { rows, largest };
}
