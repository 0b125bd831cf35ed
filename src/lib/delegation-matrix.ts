/**
 * The delegation matrix: agencies (rows) by dialogues (columns), each cell saying whether the agency took part.
 * Three states, never two: an agency absent from a reported list is "not listed", and a dialogue whose list
 * for that side no source reports is "not reported" (it may well have come).
 */
import type { Agency, Entry } from './archive-content.ts';
import type { DialogueRecord } from './archive-index.ts';
import { sideStatus, type SideStatus } from './delegation-status.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';

export type ParticipationState = 'took-part' | 'not-listed' | 'not-reported';

/** How each state reads in a cell and in the legend. */
export const PARTICIPATION_LABELS: Record<ParticipationState, string> = {
  'took-part': 'took part',
  'not-listed': 'not listed',
  'not-reported': 'not reported',
};

export interface MatrixRow {
  agency: Entry<Agency>;
  /** One per dialogue, in the order of `DelegationMatrix.dialogues`. */
  cells: ParticipationState[];
  /** The number of dialogues the agency took part in, as far as the sources report. */
  dialogueCount: number;
}

export interface DelegationMatrix {
  /** The columns, first to latest. */
  dialogues: DialogueRecord[];
  /** The rows, U.S. agencies first, then French. */
  groups: { country: Country; rows: MatrixRow[] }[];
}

/** The state of one agency's cell, given the status of its side at that dialogue. */
export function participationState(status: SideStatus, agencyId: string): ParticipationState {
  if (status.kind !== 'listed') return 'not-reported';
  return status.agencyIds.has(agencyId) ? 'took-part' : 'not-listed';
}

/**
 * Builds the matrix. Within a country, rows go by the first dialogue the agency is listed at, then by name,
 * so that newcomers come lower down; agencies never listed come last.
 * Work: one status per dialogue and side, then one look-up per cell.
 */
export function buildDelegationMatrix(dialogues: DialogueRecord[], agencies: Iterable<Entry<Agency>>): DelegationMatrix {
  const statuses = dialogues.map((dialogue) => ({ us: sideStatus(dialogue, 'us'), fr: sideStatus(dialogue, 'fr') }));
  const rowsByCountry: Record<Country, (MatrixRow & { first: number })[]> = { us: [], fr: [] };
  for (const agency of agencies) {
    const cells = statuses.map((status) => participationState(status[agency.data.country], agency.id));
    const first = cells.indexOf('took-part');
    rowsByCountry[agency.data.country].push({
      agency,
      cells,
      dialogueCount: cells.filter((cell) => cell === 'took-part').length,
      first: first === -1 ? Number.POSITIVE_INFINITY : first,
    });
  }
  return {
    dialogues,
    groups: COUNTRIES.map((country) => ({
      country,
      rows: rowsByCountry[country]
        .sort((a, b) => a.first - b.first || a.agency.data.name.localeCompare(b.agency.data.name, 'en'))
        .map(({ first: _first, ...row }) => row),
    })),
  };
}

/** How one side's reported agency list changed since the last earlier dialogue whose list for that side is reported. */
export interface DelegationChange {
  dialogue: DialogueRecord;
  side: Country;
  comparedWith: DialogueRecord;
  /** In this list, not in the earlier one (in this list's order). */
  added: string[];
  /** In both lists. */
  kept: string[];
  /** In the earlier list, not in this one (in the earlier list's order). */
  dropped: string[];
}

/**
 * For each reported agency list after a side's first, what changed since that side's previous reported list.
 * Dialogues whose list is not reported are skipped, not read as "nobody came". Linear in the lists' lengths.
 */
export function delegationChanges(dialogues: DialogueRecord[]): DelegationChange[] {
  const changes: DelegationChange[] = [];
  for (const side of COUNTRIES) {
    let previous: { dialogue: DialogueRecord; ids: ReadonlySet<string>; order: string[] } | undefined;
    for (const dialogue of dialogues) {
      const status = sideStatus(dialogue, side);
      if (status.kind !== 'listed') continue;
      const order = status.found.delegation.agencies.map(({ agency }) => agency.id);
      if (previous) {
        const earlier = previous.ids;
        changes.push({
          dialogue,
          side,
          comparedWith: previous.dialogue,
          added: order.filter((id) => !earlier.has(id)),
          kept: order.filter((id) => earlier.has(id)),
          dropped: previous.order.filter((id) => !status.agencyIds.has(id)),
        });
      }
      previous = { dialogue, ids: status.agencyIds, order };
    }
  }
  return changes.sort((a, b) => a.dialogue.ordinal - b.dialogue.ordinal);
}
