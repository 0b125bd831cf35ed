/**
 * Where each agency appears in the delegations, with the words the source used for it:
 * what an agency page lists, and where its other names come from.
 */
import type { Agency, ReleaseEntry } from './archive-content.ts';
import type { DialogueRecord } from './archive-index.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';

export interface AgencyAppearance {
  dialogue: DialogueRecord;
  side: Country;
  /** The source's words where they differ from the canonical name. */
  wording: string | undefined;
  /** The release the delegation comes from; undefined when it comes from the dialogue's cited sources. */
  release: ReleaseEntry | undefined;
}

const computed = new WeakMap<readonly DialogueRecord[], Map<string, AgencyAppearance[]>>();

/**
 * For each agency id, its appearances in the dialogues' delegations, first to latest.
 * One pass over every delegation's agency list, done once per list of dialogues (the build shares one).
 */
export function agencyAppearances(dialogues: readonly DialogueRecord[]): Map<string, AgencyAppearance[]> {
  const known = computed.get(dialogues);
  if (known) return known;
  const appearances = new Map<string, AgencyAppearance[]>();
  for (const dialogue of dialogues) {
    for (const side of COUNTRIES) {
      const found = dialogue.delegations[side];
      for (const { agency, wording } of found?.delegation.agencies ?? []) {
        const appearance = { dialogue, side, wording, release: found!.release };
        const list = appearances.get(agency.id);
        if (list) list.push(appearance);
        else appearances.set(agency.id, [appearance]);
      }
    }
  }
  computed.set(dialogues, appearances);
  return appearances;
}

