/**
 * What each page gives the search index besides its own words: its kind, its filter values (ids) and its searchable
 * fields (src/lib/search-fields.ts). A page's own words are its indexed text, marked on the page itself; these are
 * written into the page as empty elements (src/components/SearchRecord.astro). A release lists only the names its
 * text does not already say (an acronym, a French name, another rendering, a topic): they find it where its words
 * would not, and the search page says so; what the text says is found in the text.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Delegation } from '../schemas/delegation.ts';
import type { Release } from '../schemas/release.ts';
import { otherAgencyNames } from './agency-names.ts';
import type { Entry, Person, ReleaseEntry, Topic } from './archive-content.ts';
import { SIDES, type ArchiveIndex, type DialogueRecord } from './archive-index.ts';
import { formatIsoDate, formatPartialDate, partialDateEnd, partialDateYear } from './dates.ts';
import { mdxBodyText } from './mentions.ts';
import { containsPhrase } from './phrases.ts';
import { formatPlace } from './places.ts';
import { FIELDS, type PageKind } from './search-fields.ts';
import { writeNameList, type NameList } from './search-names.ts';
import { DAY_FILTER, releaseOrderDay, UNDATED_DAY } from './search-order.ts';
import type { FilterKey } from './search-state.ts';

/** A page's filter values by Pagefind filter key: the search filters and the hidden `day` that orders searches without words. */
export type SearchFilterValues = Partial<Record<FilterKey | typeof DAY_FILTER, string[]>>;

/** What one page gives the search index. */
export interface SearchRecord {
  kind: PageKind;
  filters: SearchFilterValues;
  /** Searchable fields by name; a field with no name in it is left out (but `title`, empty on pages other than releases). */
  meta: Record<string, string>;
}

/** True when the text says the phrase (whole words, any case): a name it says is found in the text already. */
type Said = (phrase: string) => boolean;
const saidBy = (text: string): Said => (phrase) => containsPhrase(text, phrase);
const nothingSaid: Said = () => false;

/**
 * The year a release is filed under: the year of its date of issue or, when the source does not state it,
 * the year of the dialogue it reports (the 2024 note has no date of issue). Undefined when neither is known.
 */
export function releaseSearchYear(issued: Release['issued'], dialogueDates: PartialDate): string | undefined {
  if (issued !== 'unknown') return issued.slice(0, 4);
  const year = partialDateYear(dialogueDates);
  return year === undefined ? undefined : String(year);
}

/**
 * An agency's names as a delegation lists it, leaving out those `said` says the page's text has; undefined when the
 * text has them all. The name (with its acronym) always leads, so that a match can be told by it.
 */
function agencyNames(agency: Agency, wording: string | undefined, said: Said): NameList | undefined {
  const label = agency.acronym ? `${agency.name} (${agency.acronym})` : agency.name;
  const sameAs = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const local = agency.localName && !said(agency.localName) ? agency.localName : undefined;
  const others = otherAgencyNames(agency, [], [wording, label]).filter((name) => !said(name));
  const unsaid = !said(agency.name) || (agency.acronym !== undefined && !said(agency.acronym)) || local !== undefined || others.length > 0;
  if (!unsaid) return undefined;
  return {
    name: agency.name,
    acronym: agency.acronym,
    wording: wording && !sameAs(wording, agency.name) && !sameAs(wording, label) ? wording : undefined,
    local,
    others,
  };
}

/** The fields of both sides' delegations: one per agency (`us1`, …, or `dus1`, … on a dialogue page) and the lead. */
function delegationFields(
  delegations: Partial<Record<Country, Delegation>>,
  archive: ArchiveIndex,
  said: Said,
  names: { agency: (side: Country, n: number) => string; lead: (side: Country) => string },
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const side of SIDES) {
    const delegation = delegations[side];
    if (!delegation) continue;
    delegation.agencies.forEach(({ agency, wording }, i) => {
      const list = agencyNames(archive.agencies.get(agency.id)!.data, wording, said);
      if (list) fields[names.agency(side, i + 1)] = writeNameList(list);
    });
    const lead = archive.people.get(delegation.lead.person.id)!.data.name;
    // A title no source states (`unknown`) is no word of the page.
    const titles = delegation.lead.title === 'unknown' ? [] : [delegation.lead.title];
    if (!said(lead) || titles.some((title) => !said(title))) fields[names.lead(side)] = writeNameList({ name: lead, others: titles });
  }
  return fields;
}

/** The names of topics, as one field: `“Cybercrime” | “Terrorism online”`. */
function topicNames(topics: Entry<Topic>[]): string {
  return writeNameList({ others: topics.map((topic) => topic.data.name) });
}

/** Leaves out the fields with nothing in them. */
function filled(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The ids of the agencies of the sides reported, without repeats. */
function delegationAgencyIds(delegations: Partial<Record<Country, Delegation>>): string[] {
  return [...new Set(SIDES.flatMap((side) => delegations[side]?.agencies.map(({ agency }) => agency.id) ?? []))];
}

/** A release's filter values: agencies, sides, topics, year, type, dialogue (ids), and its day. */
export function releaseFilterValues(release: ReleaseEntry, archive: ArchiveIndex): SearchFilterValues {
  const { data } = release;
  const dialogue = archive.dialoguesById.get(data.dialogue.id)!;
  const dates = dialogue.entry.data.dates;
  const year = releaseSearchYear(data.issued, dates);
  return {
    kind: ['release'],
    agency: delegationAgencyIds(data.delegations),
    country: SIDES.filter((side) => data.delegations[side]),
    topic: data.topics.map((topic) => topic.id),
    year: year === undefined ? [] : [year],
    type: [data.documentType],
    dialogue: [String(dialogue.ordinal)],
    [DAY_FILTER]: [releaseOrderDay(data.issued, dates)],
  };
}

/** A release: its title, date, dialogue, office and dateline, and the names its text does not say. */
export function releaseSearchRecord(release: ReleaseEntry, archive: ArchiveIndex): SearchRecord {
  const { data } = release;
  const dialogue = archive.dialoguesById.get(data.dialogue.id)!;
  const said = saidBy(mdxBodyText(release.body));
  const unsaidTopics = data.topics.map((topic) => archive.topics.get(topic.id)!).filter((topic) => !said(topic.data.name));
  return {
    kind: 'release',
    filters: releaseFilterValues(release, archive),
    meta: filled({
      [FIELDS.title]: data.title,
      [FIELDS.date]: data.issued === 'unknown' ? undefined : formatIsoDate(data.issued),
      [FIELDS.dialogue]: dialogue.name,
      [FIELDS.office]: data.office === 'unknown' ? undefined : data.office,
      [FIELDS.dateline]: data.dateline === 'unknown' ? undefined : data.dateline,
      ...delegationFields(data.delegations, archive, said, { agency: FIELDS.agency, lead: FIELDS.lead }),
      [FIELDS.topics]: unsaidTopics.length > 0 ? topicNames(unsaidTopics) : undefined,
    }),
  };
}

/** The heading of a page other than a release: `name`, with Pagefind's automatic `title` kept empty. */
function headingFields(name: string): Record<string, string> {
  return { [FIELDS.title]: '', [FIELDS.name]: name };
}

/** The delegations a dialogue page shows, by side. */
function dialogueDelegations(dialogue: DialogueRecord): Partial<Record<Country, Delegation>> {
  return Object.fromEntries(SIDES.filter((side) => dialogue.delegations[side]).map((side) => [side, dialogue.delegations[side]!.delegation]));
}

/** A dialogue's filter values: itself, its year, its delegations' agencies and sides, its topics, and its day. */
export function dialogueFilterValues(dialogue: DialogueRecord): SearchFilterValues {
  const { dates } = dialogue.entry.data;
  const delegations = dialogueDelegations(dialogue);
  const year = partialDateYear(dates);
  return {
    kind: ['dialogue'],
    agency: delegationAgencyIds(delegations),
    country: SIDES.filter((side) => delegations[side]),
    topic: [...dialogue.topicIds],
    year: year === undefined ? [] : [String(year)],
    dialogue: [String(dialogue.ordinal)],
    [DAY_FILTER]: [partialDateEnd(dates) ?? UNDATED_DAY],
  };
}

/** A dialogue: its name, dates, place, delegations (every name: the page's text names none) and topics. */
export function dialogueSearchRecord(dialogue: DialogueRecord, archive: ArchiveIndex): SearchRecord {
  const { dates, place } = dialogue.entry.data;
  const topics = dialogue.topicIds.map((id) => archive.topics.get(id)!);
  return {
    kind: 'dialogue',
    filters: dialogueFilterValues(dialogue),
    meta: {
      ...headingFields(dialogue.name),
      ...filled({
        [FIELDS.when]: dates.precision === 'unknown' ? undefined : formatPartialDate(dates),
        [FIELDS.place]: place.kind === 'unknown' ? undefined : formatPlace(place),
        ...delegationFields(dialogueDelegations(dialogue), archive, nothingSaid, { agency: FIELDS.dialogueAgency, lead: FIELDS.dialogueLead }),
        [FIELDS.dialogueTopics]: topics.length > 0 ? topicNames(topics) : undefined,
      }),
    },
  };
}

/** An agency's filter values: itself and its country. */
export function agencyFilterValues(agency: Entry<Agency>): SearchFilterValues {
  return { kind: ['agency'], agency: [agency.id], country: [agency.data.country], [DAY_FILTER]: [UNDATED_DAY] };
}

/** An agency: its name, and its acronym, French name and the other names releases give it. */
export function agencySearchRecord(agency: Entry<Agency>, archive: ArchiveIndex): SearchRecord {
  const { data } = agency;
  const wordings = (archive.agencyAppearances.get(agency.id) ?? []).flatMap((appearance) => (appearance.wording ? [appearance.wording] : []));
  return {
    kind: 'agency',
    filters: agencyFilterValues(agency),
    meta: {
      ...headingFields(data.name),
      ...filled({ [FIELDS.also]: writeNameList({ acronym: data.acronym, local: data.localName, others: otherAgencyNames(data, wordings, [data.acronym && `${data.name} (${data.acronym})`]) }) }),
    },
  };
}

/** A delegation lead's filter values: their country. */
export function personFilterValues(person: Entry<Person>): SearchFilterValues {
  return { kind: ['person'], country: [person.data.country], [DAY_FILTER]: [UNDATED_DAY] };
}

/** A delegation lead: their name (their titles are the page's text). */
export function personSearchRecord(person: Entry<Person>): SearchRecord {
  return { kind: 'person', filters: personFilterValues(person), meta: headingFields(person.data.name) };
}

/** A topic's filter values: itself. */
export function topicFilterValues(topic: Entry<Topic>): SearchFilterValues {
  return { kind: ['topic'], topic: [topic.id], [DAY_FILTER]: [UNDATED_DAY] };
}

/** A topic: its name (its description is the page's text). */
export function topicSearchRecord(topic: Entry<Topic>): SearchRecord {
  return { kind: 'topic', filters: topicFilterValues(topic), meta: headingFields(topic.data.name) };
}

/** The filter values of every page the search finds, in one pass over the archive (for the filters' choices). */
export function allSearchFilterValues(archive: ArchiveIndex): SearchFilterValues[] {
  return [
    ...[...archive.releases.values()].map((release) => releaseFilterValues(release, archive)),
    ...archive.dialogues.map((dialogue) => dialogueFilterValues(dialogue)),
    ...[...archive.agencies.values()].map((agency) => agencyFilterValues(agency)),
    ...[...archive.people.values()].map((person) => personFilterValues(person)),
    ...[...archive.topics.values()].map((topic) => topicFilterValues(topic)),
  ];
}
