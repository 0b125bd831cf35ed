/**
 * The open data files `/data/dialogues.json` and `/data/releases.json`: the archive's facts as plain JSON. Their
 * shapes, types and documentation come from their zod schemas (src/schemas/open-data/); these functions fill them.
 */
import type { UrlOf } from './absolute-urls.ts';
import type { Entry, ReleaseEntry, Topic } from './archive-content.ts';
import type { ArchiveIndex, DialogueRecord } from './archive-index.ts';
import { dataFileHeader } from './data-package.ts';
import { formatPartialDate, issuedNoEarlierThan, partialDateTimes } from './dates.ts';
import { mdxBodyText } from './mentions.ts';
import { formatPlace } from './places.ts';
import { paths } from './urls.ts';
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Delegation, Delegations } from '../schemas/delegation.ts';
import type { DataDialogue, DialoguesFile } from '../schemas/open-data/dialogues-file.ts';
import type { DataRelease, ReleasesFile } from '../schemas/open-data/releases-file.ts';
import type { Place } from '../schemas/place.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';
import type { CitedSource } from '../schemas/source.ts';

type DataDates = DataDialogue['dates'];
type DataPlace = DataDialogue['place'];
type DataCitedSource = NonNullable<DataRelease['titleSource']>;
type DataDelegation = NonNullable<DataRelease['delegations'][Country]>;
type DataLink = DataRelease['topics'][number];

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
    lead: { person: { id: person.id, name: person.data.name, url: urlOf(paths.person(person.id)) }, title: lead.title === 'unknown' ? null : lead.title },
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
    sources: data.sources.map((source): DataDialogue['sources'][number] =>
      'release' in source
        ? { kind: 'release-passage', release: source.release.id, url: urlOf(paths.release(source.release.id)), quote: source.quote }
        : { kind: 'cited', ...dataCitedSource(source) },
    ),
  };
}

// The data file, the feed and the passage finder each read every release's paragraphs: each body is split once.
const paragraphsOfBody = /* @__PURE__ */ new Map<string, readonly string[]>();

/** The paragraphs of a release body as a reader sees them: mention tags removed, white space folded; memoised. */
export function releaseParagraphs(mdxBody: string): readonly string[] {
  let paragraphs = paragraphsOfBody.get(mdxBody);
  if (paragraphs === undefined) {
    paragraphs = mdxBody
      .split(/\n\s*\n/)
      .map(mdxBodyText)
      .filter((paragraph) => paragraph !== '');
    paragraphsOfBody.set(mdxBody, paragraphs);
  }
  return paragraphs;
}

function dataRelease(release: ReleaseEntry, archive: ArchiveIndex, urlOf: UrlOf): DataRelease {
  const { data } = release;
  const dialogue = archive.dialoguesById.get(data.dialogue.id)!;
  const known = (value: string) => (value === 'unknown' ? null : value);
  const bound = issuedNoEarlierThan(data.issued, dialogue.entry.data.dates);
  return {
    id: release.id,
    title: data.title,
    url: urlOf(paths.release(release.id)),
    documentType: data.documentType,
    documentTypeLabel: DOCUMENT_TYPES[data.documentType],
    office: known(data.office),
    dateline: known(data.dateline),
    issued: known(data.issued),
    issuedNoEarlierThan: bound ? partialDateTimes(bound)[0]! : null,
    dialogue: { id: dialogue.entry.id, ordinal: dialogue.ordinal, name: dialogue.name, url: urlOf(paths.dialogue(dialogue.ordinal)) },
    delegations: dataDelegations(data.delegations, archive, urlOf),
    topics: dataTopics(data.topics.map((topic) => topic.id), archive.topics, urlOf),
    officialVersions: (archive.officialVersions.get(release.id) ?? []).map((version) => ({ ...version, issued: known(version.issued) })),
    titleSource: data.titleSource ? dataCitedSource(data.titleSource) : null,
    source: { file: data.source.file, description: data.source.description, links: data.source.links.map(dataCitedSource) },
    paragraphs: [...releaseParagraphs(release.body)],
  };
}

/** The content of `/data/dialogues.json`; `created` is the build's generation time unless given. */
export function dialoguesFile(archive: ArchiveIndex, urlOf: UrlOf, created?: string): DialoguesFile {
  return { ...dataFileHeader(urlOf, created), dialogues: archive.dialogues.map((dialogue) => dataDialogue(dialogue, archive, urlOf)) };
}

/** The content of `/data/releases.json`; `created` is the build's generation time unless given. */
export function releasesFile(archive: ArchiveIndex, urlOf: UrlOf, created?: string): ReleasesFile {
  return { ...dataFileHeader(urlOf, created), releases: archive.releasesNewestFirst.map((release) => dataRelease(release, archive, urlOf)) };
}
