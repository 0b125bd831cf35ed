/**
 * Which releases mention each agency and person: in their delegations or in their text.
 * One pass over the releases, done once per list of releases (every page of a build shares the archive's list).
 */
import type { ReleaseEntry } from './archive-content.ts';
import { findMentions } from './mentions.ts';
import { COUNTRIES } from '../schemas/country.ts';

export interface ReleaseMentions {
  /** Agency id → the releases that mention it, in the order of the list given. */
  agencies: Map<string, ReleaseEntry[]>;
  /** Person id → the releases that mention them, in the order of the list given. */
  people: Map<string, ReleaseEntry[]>;
}

const computed = new WeakMap<readonly ReleaseEntry[], ReleaseMentions>();

function add(map: Map<string, ReleaseEntry[]>, id: string, release: ReleaseEntry): void {
  const list = map.get(id);
  if (!list) map.set(id, [release]);
  else if (list.at(-1) !== release) list.push(release);
}

/** The releases mentioning each agency and person; each release appears once per id. */
export function releaseMentions(releases: readonly ReleaseEntry[]): ReleaseMentions {
  const known = computed.get(releases);
  if (known) return known;
  const mentions: ReleaseMentions = { agencies: new Map(), people: new Map() };
  for (const release of releases) {
    for (const side of COUNTRIES) {
      const delegation = release.data.delegations[side];
      if (!delegation) continue;
      add(mentions.people, delegation.lead.person.id, release);
      for (const { agency } of delegation.agencies) add(mentions.agencies, agency.id, release);
    }
    for (const mention of findMentions(release.body)) {
      add(mention.kind === 'agency' ? mentions.agencies : mentions.people, mention.id, release);
    }
  }
  computed.set(releases, mentions);
  return mentions;
}
