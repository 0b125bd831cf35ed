/**
 * Small synthetic archives for unit tests: content written in a few lines, indexed with the real `indexArchive`.
 * Ids and names are made up on purpose, so that a test can only pass by deriving, not by knowing the real content.
 */
import type { Agency, ArchiveContent, Dialogue, Entry, Person, ReleaseEntry, Topic } from '../../src/lib/archive-content.ts';
import { indexArchive, type ArchiveIndex } from '../../src/lib/archive-index.ts';
import type { Country } from '../../src/schemas/country.ts';
import type { PartialDate } from '../../src/schemas/dates.ts';
import type { Delegation } from '../../src/schemas/delegation.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Release } from '../../src/schemas/release.ts';
import type { CollectionName, EntryRef } from '../../src/schemas/reference.ts';

const ref = <C extends CollectionName>(collection: C, id: string): EntryRef<C> => ({ collection, id });

/** A delegation: its lead and agencies, each agency an id or `[id, wording]`. */
export function delegation(personId: string, title: string, agencies: (string | [string, string])[] = []): Delegation {
  return {
    lead: { person: ref('people', personId), title },
    agencies: agencies.map((a) => (typeof a === 'string' ? { agency: ref('agencies', a) } : { agency: ref('agencies', a[0]), wording: a[1] })),
  };
}

export function agency(id: string, country: Country, name = `Agency ${id}`, extra: Partial<Agency> = {}): Entry<Agency> {
  return {
    id,
    data: { name, country, aliases: [], description: `About ${name}.`, website: `https://${id}.example/`, needsReview: false, ...extra },
  };
}

export function person(id: string, country: Country, name = `Person ${id}`): Entry<Person> {
  return { id, data: { name, country, needsReview: false } };
}

export function topic(id: string, name = `Topic ${id}`): Entry<Topic> {
  return { id, data: { name, description: `About ${name}.`, phrases: [id] } };
}

export interface DialogueOptions {
  dates?: PartialDate;
  place?: Place;
  reported?: { summary?: string; delegations?: { us?: Delegation; fr?: Delegation }; topics?: string[] };
  sources?: Dialogue['sources'];
}

export function dialogue(id: string, ordinal: number, options: DialogueOptions = {}): Entry<Dialogue> {
  const { reported } = options;
  return {
    id,
    data: {
      ordinal,
      dates: options.dates ?? { precision: 'unknown' },
      place: options.place ?? { kind: 'unknown' },
      reported: reported && {
        summary: reported.summary ?? 'Reported facts.',
        delegations: reported.delegations,
        topics: (reported.topics ?? []).map((t) => ref('topics', t)),
      },
      sources: options.sources ?? [],
    },
  };
}

export interface ReleaseOptions {
  issued?: string;
  title?: string;
  us?: Delegation;
  fr?: Delegation;
  topics?: string[];
  body?: string;
  office?: string;
  extra?: Partial<Release>;
}

/** The hash fixture releases record for their raw file, and which the fixture says the file has. */
export const FIXTURE_SHA256 = 'a'.repeat(64);

export function release(id: string, dialogueId: string, options: ReleaseOptions = {}): ReleaseEntry {
  return {
    id,
    body: options.body ?? 'Text of the release.',
    data: {
      title: options.title ?? `Release ${id}`,
      documentType: 'media-note',
      office: options.office ?? 'unknown',
      dateline: 'unknown',
      issued: options.issued ?? 'unknown',
      dialogue: ref('dialogues', dialogueId),
      delegations: { us: options.us, fr: options.fr },
      topics: (options.topics ?? []).map((t) => ref('topics', t)),
      source: { description: 'Made up for a test.', file: `${id}.txt`, path: `sources/${id}.txt`, sha256: FIXTURE_SHA256, links: [] },
      ...options.extra,
    },
    sourceFileSha256: FIXTURE_SHA256,
  };
}

/**
 * Indexes the given content; collections left out are empty. Agencies, people and topics that the content
 * refers to but the test does not spell out are added with made-up names (agencies and people on the side
 * that refers to them), as the real build's integrity check would insist they exist.
 */
export function buildArchive(content: Partial<ArchiveContent>): ArchiveIndex {
  const full: ArchiveContent = { releases: [], dialogues: [], agencies: [], people: [], topics: [], ...content };
  const agencies = new Map(full.agencies.map((e) => [e.id, e]));
  const people = new Map(full.people.map((e) => [e.id, e]));
  const topics = new Map(full.topics.map((e) => [e.id, e]));
  const addDelegations = (delegations: { us?: Delegation | undefined; fr?: Delegation | undefined } | undefined) => {
    for (const side of ['us', 'fr'] as const) {
      const found = delegations?.[side];
      if (!found) continue;
      if (!people.has(found.lead.person.id)) people.set(found.lead.person.id, person(found.lead.person.id, side));
      for (const { agency: ref } of found.agencies) if (!agencies.has(ref.id)) agencies.set(ref.id, agency(ref.id, side));
    }
  };
  const addTopics = (refs: EntryRef[]) => refs.forEach(({ id }) => topics.has(id) || topics.set(id, topic(id)));
  for (const r of full.releases) {
    addDelegations(r.data.delegations);
    addTopics(r.data.topics);
  }
  for (const d of full.dialogues) {
    addDelegations(d.data.reported?.delegations);
    addTopics(d.data.reported?.topics ?? []);
  }
  return indexArchive({ ...full, agencies: [...agencies.values()], people: [...people.values()], topics: [...topics.values()] });
}
