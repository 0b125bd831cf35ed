/**
 * Everything the pages show that is derived from more than one entry, computed once per build
 * in a single pass over the content (linear in the number of releases).
 */
import type { Agency, ArchiveContent, Dialogue, Entry, Person, ReleaseEntry, Topic } from './archive-content.ts';
import { releaseOrderDate } from './dates.ts';
import { dialogueName } from './ordinals.ts';
import type { Country } from '../schemas/country.ts';
import type { Delegation } from '../schemas/delegation.ts';
import type { OfficialVersion } from '../schemas/official-version.ts';

export const SIDES: readonly Country[] = ['us', 'fr'];

/** One side's delegation at a dialogue, and where we know it from. */
export interface SideDelegation {
  side: Country;
  delegation: Delegation;
  /** The release that reports it, or undefined when it comes from the dialogue's cited sources. */
  release: ReleaseEntry | undefined;
}

export interface DialogueRecord {
  entry: Entry<Dialogue>;
  ordinal: number;
  /** "Sixth U.S.–France Cyber Dialogue". */
  name: string;
  /** Releases that report this dialogue, oldest first. */
  releases: ReleaseEntry[];
  delegations: Partial<Record<Country, SideDelegation>>;
  /** Topic ids, from its releases and its reported facts, without repeats. */
  topicIds: string[];
}

/** One appearance of an agency in a dialogue's delegation, with the words the source used for it. */
export interface AgencyAppearance {
  dialogue: DialogueRecord;
  side: Country;
  /** The source's words where they differ from the canonical name. */
  wording: string | undefined;
  /** The release the delegation comes from; undefined when it comes from the dialogue's cited sources. */
  release: ReleaseEntry | undefined;
}

export interface LeadRecord {
  dialogue: DialogueRecord;
  side: Country;
  title: string;
  release: ReleaseEntry | undefined;
}

export interface ArchiveIndex {
  agencies: Map<string, Entry<Agency>>;
  people: Map<string, Entry<Person>>;
  topics: Map<string, Entry<Topic>>;
  releases: Map<string, ReleaseEntry>;
  /** First to latest. */
  dialogues: DialogueRecord[];
  dialoguesById: Map<string, DialogueRecord>;
  /** Newest first; a release without a date of issue is placed by the dialogue it reports. */
  releasesNewestFirst: ReleaseEntry[];
  /**
   * For each agency id: its appearances in the dialogues' delegations, first to latest; one per dialogue it took
   * part in (an agency belongs to one side, and a side lists it once). Every agency has an entry.
   */
  agencyAppearances: Map<string, AgencyAppearance[]>;
  /** For each person id: the delegations they led, first to latest. */
  leadsByPerson: Map<string, LeadRecord[]>;
  /** For each topic id: the dialogues and releases about it. */
  topicUse: Map<string, { dialogues: DialogueRecord[]; releases: ReleaseEntry[] }>;
  /** For each release id with other official versions (translations): those versions. */
  officialVersions: Map<string, OfficialVersion[]>;
}

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sort key of a release: its day in date order (`releaseOrderDate`); one with none sorts first. */
function releaseSortKey(release: ReleaseEntry, dialogues: Map<string, DialogueRecord>): string {
  const dialogue = dialogues.get(release.data.dialogue.id);
  return (dialogue && releaseOrderDate(release.data.issued, dialogue.entry.data.dates)) ?? '';
}

/** Builds the index. Expects content that passed `assertContentIntegrity`. */
export function indexArchive(content: ArchiveContent): ArchiveIndex {
  const dialogues: DialogueRecord[] = [...content.dialogues]
    .sort((a, b) => a.data.ordinal - b.data.ordinal)
    .map((entry) => ({ entry, ordinal: entry.data.ordinal, name: dialogueName(entry.data.ordinal), releases: [], delegations: {}, topicIds: [] }));
  const dialoguesById = new Map(dialogues.map((record) => [record.entry.id, record]));

  const sortKeys = new Map(content.releases.map((release) => [release.id, releaseSortKey(release, dialoguesById)]));
  const releasesOldestFirst = [...content.releases].sort(
    (a, b) => sortKeys.get(a.id)!.localeCompare(sortKeys.get(b.id)!) || a.id.localeCompare(b.id),
  );

  const agencyAppearances: ArchiveIndex['agencyAppearances'] = new Map(content.agencies.map((agency) => [agency.id, []]));
  const leadsByPerson: ArchiveIndex['leadsByPerson'] = new Map();
  const topicUse: ArchiveIndex['topicUse'] = new Map(content.topics.map((topic) => [topic.id, { dialogues: [], releases: [] }]));

  for (const release of releasesOldestFirst) {
    const dialogue = dialoguesById.get(release.data.dialogue.id)!;
    dialogue.releases.push(release);
    for (const side of SIDES) {
      const delegation = release.data.delegations[side];
      // The first release to report a side is its home; later ones repeat or update it.
      if (delegation && !dialogue.delegations[side]) dialogue.delegations[side] = { side, delegation, release };
    }
    for (const topic of release.data.topics) {
      topicUse.get(topic.id)!.releases.push(release);
      if (!dialogue.topicIds.includes(topic.id)) dialogue.topicIds.push(topic.id);
    }
  }

  for (const dialogue of dialogues) {
    const { reported } = dialogue.entry.data;
    for (const side of SIDES) {
      const delegation = reported?.delegations?.[side];
      if (delegation && !dialogue.delegations[side]) dialogue.delegations[side] = { side, delegation, release: undefined };
    }
    for (const topic of reported?.topics ?? []) {
      if (!dialogue.topicIds.includes(topic.id)) dialogue.topicIds.push(topic.id);
    }
    for (const topicId of dialogue.topicIds) topicUse.get(topicId)!.dialogues.push(dialogue);
    for (const side of SIDES) {
      const found = dialogue.delegations[side];
      if (!found) continue;
      pushTo(leadsByPerson, found.delegation.lead.person.id, { dialogue, side, title: found.delegation.lead.title, release: found.release });
      for (const { agency, wording } of found.delegation.agencies) {
        agencyAppearances.get(agency.id)!.push({ dialogue, side, wording, release: found.release });
      }
    }
  }

  return {
    agencies: byId(content.agencies),
    people: byId(content.people),
    topics: byId(content.topics),
    releases: byId(content.releases),
    dialogues,
    dialoguesById,
    releasesNewestFirst: releasesOldestFirst.reverse(),
    agencyAppearances,
    leadsByPerson,
    topicUse,
    officialVersions: new Map((content.officialVersions ?? []).map((entry) => [entry.id, entry.data.versions])),
  };
}
