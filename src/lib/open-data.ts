/**
 * The open data files `/data/dialogues.json` and `/data/releases.json`: the archive's facts as plain JSON,
 * with their documented shape (`DIALOGUES_JSON_FIELDS`, `RELEASES_JSON_FIELDS`, shown on the about page).
 * Conventions: every URL is absolute; a fact no source gives is `null` (never left out, never guessed);
 * a list that no source reports is `null`, never an empty list.
 */
import type { UrlOf } from './absolute-urls.ts';
import type { Entry, ReleaseEntry, Topic } from './archive-content.ts';
import type { ArchiveIndex, DialogueRecord } from './archive-index.ts';
import { formatPartialDate, partialDateTimes } from './dates.ts';
import { mdxBodyText } from './mentions.ts';
import { formatPlace } from './places.ts';
import { paths } from './urls.ts';
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Delegation, Delegations } from '../schemas/delegation.ts';
import type { Place } from '../schemas/place.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import type { CitedSource } from '../schemas/source.ts';

/** A field of a data file and what it holds, for the documentation. */
export interface FieldDoc {
  /** Path of the field: `dialogues[].dates.start`; `<side>` stands for `us` and `fr`. */
  field: string;
  description: string;
}

export interface DataLink {
  id: string;
  name: string;
  url: string;
}

export interface DataDates {
  precision: PartialDate['precision'];
  start: string | null;
  end: string | null;
  text: string;
}

export interface DataPlace {
  kind: Place['kind'];
  city: string | null;
  country: Country | null;
  note: string | null;
  text: string;
}

export interface DataDelegationAgency {
  id: string;
  name: string;
  acronym: string | null;
  url: string;
  wording: string | null;
}

export interface DataDelegation {
  lead: { person: DataLink; title: string };
  agencies: DataDelegationAgency[] | null;
}

export interface DataCitedSource {
  title: string;
  url: string;
  lang: string | null;
  supports: string;
}

export type DataDialogueSource =
  | { kind: 'release-passage'; release: string; url: string; quote: string }
  | ({ kind: 'cited' } & DataCitedSource);

export interface DataDialogue {
  id: string;
  ordinal: number;
  name: string;
  url: string;
  dates: DataDates;
  place: DataPlace;
  delegations: Record<Country, (DataDelegation & { source: { kind: 'release'; release: string; url: string } | { kind: 'cited-sources' } }) | null>;
  topics: DataLink[] | null;
  summary: string | null;
  releases: { id: string; title: string; url: string }[];
  sources: DataDialogueSource[];
}

export interface DataRelease {
  id: string;
  title: string;
  url: string;
  documentType: DocumentType;
  documentTypeLabel: string;
  office: string | null;
  dateline: string | null;
  issued: string | null;
  dialogue: { id: string; ordinal: number; name: string; url: string };
  delegations: Record<Country, DataDelegation | null>;
  topics: DataLink[];
  titleSource: DataCitedSource | null;
  source: { file: string; description: string; links: DataCitedSource[] };
  paragraphs: string[];
}

export interface DialoguesFile {
  documentation: string;
  dialogues: DataDialogue[];
}

export interface ReleasesFile {
  documentation: string;
  releases: DataRelease[];
}

/** The site paths of the open data files. */
export const DATA_PATHS = {
  dialogues: '/data/dialogues.json',
  releases: '/data/releases.json',
  delegations: '/data/delegations.csv',
} as const;

/** Where the data files are documented: the about page's section on them. */
export const DATA_DOCUMENTATION_PATH = `${paths.about()}#data`;

const DATES_DOC: FieldDoc[] = [
  { field: 'dates.precision', description: '"day", "day-range", "month" or "unknown": how precisely the sources date the dialogue.' },
  { field: 'dates.start', description: 'ISO 8601 at that precision: "2020-01-22", or "2016-09" for a month; null when unknown.' },
  { field: 'dates.end', description: 'The last day of a range; the same as start for a day or a month; null when unknown.' },
  { field: 'dates.text', description: 'The dates as the pages show them: "February 7–8, 2018", "date not known".' },
];

const PLACE_DOC: FieldDoc[] = [
  { field: 'place.kind', description: '"city", "virtual" or "unknown".' },
  { field: 'place.city', description: 'The city, for kind "city"; otherwise null.' },
  { field: 'place.country', description: '"us" or "fr", for kind "city"; otherwise null.' },
  { field: 'place.note', description: 'Why the place is not known, where the archive says; otherwise null.' },
  { field: 'place.text', description: 'The place as the pages show it: "Paris, France", "virtual", "place not known".' },
];

const DELEGATION_DOC = (at: string): FieldDoc[] => [
  { field: `${at}.delegations`, description: 'The two sides\' delegations, under "us" and "fr".' },
  { field: `${at}.delegations.<side>`, description: 'One side\'s delegation; null when no source reports it.' },
  { field: `${at}.delegations.<side>.lead`, description: 'The person who led the side.' },
  { field: `${at}.delegations.<side>.lead.person`, description: 'The lead: id, name and the URL of their page.' },
  { field: `${at}.delegations.<side>.lead.person.id`, description: 'The person\'s permanent id.' },
  { field: `${at}.delegations.<side>.lead.person.name`, description: 'Full name.' },
  { field: `${at}.delegations.<side>.lead.person.url`, description: 'The person\'s page.' },
  { field: `${at}.delegations.<side>.lead.title`, description: 'The lead\'s title, as the source writes it.' },
  { field: `${at}.delegations.<side>.agencies`, description: 'The agencies, in the order the source lists them; null when the source names only the lead.' },
  { field: `${at}.delegations.<side>.agencies[].id`, description: 'The agency\'s permanent id (its page is /agencies/ID/).' },
  { field: `${at}.delegations.<side>.agencies[].name`, description: 'The agency\'s canonical English name.' },
  { field: `${at}.delegations.<side>.agencies[].acronym`, description: 'Its acronym, or null.' },
  { field: `${at}.delegations.<side>.agencies[].url`, description: 'The agency\'s page.' },
  { field: `${at}.delegations.<side>.agencies[].wording`, description: 'The source\'s words for the agency where they differ from its name ("Ministry of Home Affairs"); otherwise null.' },
];

const CITED_DOC = (at: string): FieldDoc[] => [
  { field: `${at}.title`, description: 'Title of the cited source.' },
  { field: `${at}.url`, description: 'Its URL.' },
  { field: `${at}.lang`, description: 'Its language (BCP 47) when not English; otherwise null.' },
  { field: `${at}.supports`, description: 'Which facts it supports.' },
];

const LINK_DOC = (at: string, what: string): FieldDoc[] => [
  { field: `${at}[].id`, description: `The ${what}'s permanent id.` },
  { field: `${at}[].name`, description: `The ${what}'s name.` },
  { field: `${at}[].url`, description: `The ${what}'s page.` },
];

/** The shape of `/data/dialogues.json`, field by field. */
export const DIALOGUES_JSON_FIELDS: FieldDoc[] = [
  { field: 'documentation', description: 'The URL of this documentation.' },
  { field: 'dialogues', description: 'Every dialogue of the series in the archive, first to latest.' },
  { field: 'dialogues[].id', description: 'Permanent id ("sixth").' },
  { field: 'dialogues[].ordinal', description: 'Its place in the series: 1 for the inaugural dialogue.' },
  { field: 'dialogues[].name', description: '"Sixth U.S.–France Cyber Dialogue".' },
  { field: 'dialogues[].url', description: 'Its page, /dialogues/ORDINAL/.' },
  { field: 'dialogues[].dates', description: 'When it met.' },
  ...DATES_DOC.map((doc) => ({ ...doc, field: `dialogues[].${doc.field}` })),
  { field: 'dialogues[].place', description: 'Where it met.' },
  ...PLACE_DOC.map((doc) => ({ ...doc, field: `dialogues[].${doc.field}` })),
  ...DELEGATION_DOC('dialogues[]'),
  { field: 'dialogues[].delegations.<side>.source', description: 'Where the delegation is reported.' },
  { field: 'dialogues[].delegations.<side>.source.kind', description: '"release" (a release in the archive) or "cited-sources" (the dialogue\'s sources).' },
  { field: 'dialogues[].delegations.<side>.source.release', description: 'For kind "release": the release\'s id.' },
  { field: 'dialogues[].delegations.<side>.source.url', description: 'For kind "release": the release\'s page.' },
  { field: 'dialogues[].topics', description: 'The topics discussed; null when no source reports them.' },
  ...LINK_DOC('dialogues[].topics', 'topic'),
  { field: 'dialogues[].summary', description: 'What the cited sources report, in a sentence or two, for a dialogue no release in the archive reports; otherwise null.' },
  { field: 'dialogues[].releases', description: 'The releases in the archive that report it, oldest first (may be empty).' },
  { field: 'dialogues[].releases[].id', description: 'The release\'s permanent id.' },
  { field: 'dialogues[].releases[].title', description: 'Its title.' },
  { field: 'dialogues[].releases[].url', description: 'Its page.' },
  { field: 'dialogues[].sources', description: 'The sources of the dialogue\'s dates, place and reported facts.' },
  { field: 'dialogues[].sources[].kind', description: '"release-passage" (a passage of a release in the archive) or "cited" (a public source outside it).' },
  { field: 'dialogues[].sources[].release', description: 'For "release-passage": the release\'s id.' },
  { field: 'dialogues[].sources[].quote', description: 'For "release-passage": the passage, word for word.' },
  { field: 'dialogues[].sources[].url', description: 'The release\'s page ("release-passage") or the source\'s URL ("cited").' },
  { field: 'dialogues[].sources[].title', description: 'For "cited": the source\'s title.' },
  { field: 'dialogues[].sources[].lang', description: 'For "cited": its language (BCP 47) when not English; otherwise null.' },
  { field: 'dialogues[].sources[].supports', description: 'For "cited": which facts it supports.' },
];

/** The shape of `/data/releases.json`, field by field. */
export const RELEASES_JSON_FIELDS: FieldDoc[] = [
  { field: 'documentation', description: 'The URL of this documentation.' },
  { field: 'releases', description: 'Every release in the archive, newest first (a release without a date of issue is placed by its dialogue).' },
  { field: 'releases[].id', description: 'Permanent id: the date of issue (or "undated") and the title.' },
  { field: 'releases[].title', description: 'Its title.' },
  { field: 'releases[].url', description: 'Its page.' },
  { field: 'releases[].documentType', description: 'Kind of document: ' + Object.keys(DOCUMENT_TYPES).map((t) => `"${t}"`).join(', ') + '.' },
  { field: 'releases[].documentTypeLabel', description: 'The same as the pages show it: "Media Note".' },
  { field: 'releases[].office', description: 'The issuing office as written; null when the source does not state it.' },
  { field: 'releases[].dateline', description: 'The dateline as written; null when the source does not state it.' },
  { field: 'releases[].issued', description: 'Date of issue, "YYYY-MM-DD"; null when the source does not state it.' },
  { field: 'releases[].dialogue', description: 'The dialogue it reports.' },
  { field: 'releases[].dialogue.id', description: 'The dialogue\'s id.' },
  { field: 'releases[].dialogue.ordinal', description: 'Its ordinal.' },
  { field: 'releases[].dialogue.name', description: 'Its name.' },
  { field: 'releases[].dialogue.url', description: 'Its page.' },
  ...DELEGATION_DOC('releases[]'),
  { field: 'releases[].topics', description: 'The topics it is about.' },
  ...LINK_DOC('releases[].topics', 'topic'),
  { field: 'releases[].titleSource', description: 'Where the title comes from when the text itself does not carry it; otherwise null.' },
  ...CITED_DOC('releases[].titleSource'),
  { field: 'releases[].source', description: 'Where the text comes from.' },
  { field: 'releases[].source.file', description: 'The raw scraped file the text was taken from.' },
  { field: 'releases[].source.description', description: 'How the text was obtained and what was removed from it.' },
  { field: 'releases[].source.links', description: 'Other public sources about the text.' },
  ...CITED_DOC('releases[].source.links[]'),
  { field: 'releases[].paragraphs', description: 'The text as issued, one string per paragraph.' },
];

function dataDates(dates: PartialDate): DataDates {
  const [start, end] = partialDateTimes(dates);
  return { precision: dates.precision, start: start ?? null, end: end ?? start ?? null, text: formatPartialDate(dates) };
}

function dataPlace(place: Place): DataPlace {
  return {
    kind: place.kind,
    city: place.kind === 'city' ? place.city : null,
    country: place.kind === 'city' ? place.country : null,
    note: place.kind === 'unknown' ? (place.note ?? null) : null,
    text: formatPlace(place),
  };
}

function dataCitedSource(source: CitedSource): DataCitedSource {
  return { title: source.title, url: source.url, lang: source.lang ?? null, supports: source.supports };
}

function dataTopics(ids: string[], topics: Map<string, Entry<Topic>>, urlOf: UrlOf): DataLink[] {
  return ids.map((id) => ({ id, name: topics.get(id)!.data.name, url: urlOf(paths.topic(id)) }));
}

function dataDelegation(delegation: Delegation, archive: ArchiveIndex, urlOf: UrlOf): DataDelegation {
  const { lead, agencies } = delegation;
  const person = archive.people.get(lead.person.id)!;
  return {
    lead: { person: { id: person.id, name: person.data.name, url: urlOf(paths.person(person.id)) }, title: lead.title },
    // An empty list means the source names only the lead: the agencies are not reported.
    agencies:
      agencies.length === 0
        ? null
        : agencies.map(({ agency, wording }) => {
            const entry = archive.agencies.get(agency.id)!;
            return { id: entry.id, name: entry.data.name, acronym: entry.data.acronym ?? null, url: urlOf(paths.agency(entry.id)), wording: wording ?? null };
          }),
  };
}

function dataDelegations(delegations: Delegations, archive: ArchiveIndex, urlOf: UrlOf): Record<Country, DataDelegation | null> {
  return {
    us: delegations.us ? dataDelegation(delegations.us, archive, urlOf) : null,
    fr: delegations.fr ? dataDelegation(delegations.fr, archive, urlOf) : null,
  };
}

function dataDialogue(dialogue: DialogueRecord, archive: ArchiveIndex, urlOf: UrlOf): DataDialogue {
  const { data } = dialogue.entry;
  const sideDelegation = (side: Country): DataDialogue['delegations'][Country] => {
    const found = dialogue.delegations[side];
    if (!found) return null;
    return {
      ...dataDelegation(found.delegation, archive, urlOf),
      source: found.release
        ? { kind: 'release', release: found.release.id, url: urlOf(paths.release(found.release.id)) }
        : { kind: 'cited-sources' },
    };
  };
  return {
    id: dialogue.entry.id,
    ordinal: dialogue.ordinal,
    name: dialogue.name,
    url: urlOf(paths.dialogue(dialogue.ordinal)),
    dates: dataDates(data.dates),
    place: dataPlace(data.place),
    delegations: { us: sideDelegation('us'), fr: sideDelegation('fr') },
    topics: dialogue.topicIds.length > 0 ? dataTopics(dialogue.topicIds, archive.topics, urlOf) : null,
    summary: data.reported?.summary ?? null,
    releases: dialogue.releases.map((release) => ({ id: release.id, title: release.data.title, url: urlOf(paths.release(release.id)) })),
    sources: data.sources.map((source): DataDialogueSource =>
      'release' in source
        ? { kind: 'release-passage', release: source.release.id, url: urlOf(paths.release(source.release.id)), quote: source.quote }
        : { kind: 'cited', ...dataCitedSource(source) },
    ),
  };
}

/** The paragraphs of a release body as a reader sees them: mention tags removed, white space folded. */
export function releaseParagraphs(mdxBody: string): string[] {
  return mdxBody
    .split(/\n\s*\n/)
    .map(mdxBodyText)
    .filter((paragraph) => paragraph !== '');
}

function dataRelease(release: ReleaseEntry, archive: ArchiveIndex, urlOf: UrlOf): DataRelease {
  const { data } = release;
  const dialogue = archive.dialoguesById.get(data.dialogue.id)!;
  const known = (value: string) => (value === 'unknown' ? null : value);
  return {
    id: release.id,
    title: data.title,
    url: urlOf(paths.release(release.id)),
    documentType: data.documentType,
    documentTypeLabel: DOCUMENT_TYPES[data.documentType],
    office: known(data.office),
    dateline: known(data.dateline),
    issued: known(data.issued),
    dialogue: { id: dialogue.entry.id, ordinal: dialogue.ordinal, name: dialogue.name, url: urlOf(paths.dialogue(dialogue.ordinal)) },
    delegations: dataDelegations(data.delegations, archive, urlOf),
    topics: dataTopics(data.topics.map((topic) => topic.id), archive.topics, urlOf),
    titleSource: data.titleSource ? dataCitedSource(data.titleSource) : null,
    source: { file: data.source.file, description: data.source.description, links: data.source.links.map(dataCitedSource) },
    paragraphs: releaseParagraphs(release.body),
  };
}

/** The content of `/data/dialogues.json`. */
export function dialoguesFile(archive: ArchiveIndex, urlOf: UrlOf): DialoguesFile {
  return { documentation: urlOf(DATA_DOCUMENTATION_PATH), dialogues: archive.dialogues.map((dialogue) => dataDialogue(dialogue, archive, urlOf)) };
}

/** The content of `/data/releases.json`. */
export function releasesFile(archive: ArchiveIndex, urlOf: UrlOf): ReleasesFile {
  return { documentation: urlOf(DATA_DOCUMENTATION_PATH), releases: archive.releasesNewestFirst.map((release) => dataRelease(release, archive, urlOf)) };
}
