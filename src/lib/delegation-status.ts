/**
 * What the sources tell about one side's delegation at a dialogue: nothing, only its lead, or its lead and agencies.
 * The matrix, the CSV and the pages all read a side through this, so that "not reported" means the same everywhere.
 */
import type { DialogueRecord, SideDelegation } from './archive-index.ts';
import type { Country } from '../schemas/country.ts';

export type SideStatus =
  /** No source reports this side's delegation. */
  | { kind: 'not-reported' }
  /** The lead is reported, the agencies are not (a source that names only the lead). */
  | { kind: 'lead-only'; found: SideDelegation }
  /** The lead and the agencies, in the order listed; `agencyIds` for look-ups. */
  | { kind: 'listed'; found: SideDelegation; agencyIds: ReadonlySet<string> };

/**
 * The status of one side at a dialogue. An empty agency list counts as not reported: the content model
 * has no way to say "no other agency came", and a source that names only the lead leaves the list out.
 */
export function sideStatus(dialogue: DialogueRecord, side: Country): SideStatus {
  const found = dialogue.delegations[side];
  if (!found) return { kind: 'not-reported' };
  if (found.delegation.agencies.length === 0) return { kind: 'lead-only', found };
  return { kind: 'listed', found, agencyIds: new Set(found.delegation.agencies.map(({ agency }) => agency.id)) };
}

/** The dialogues whose agency list for a side no source reports: where an agency of that side may have been unseen. */
export function dialoguesWithoutAgencyList(dialogues: DialogueRecord[], side: Country): DialogueRecord[] {
  return dialogues.filter((dialogue) => sideStatus(dialogue, side).kind !== 'listed');
}
