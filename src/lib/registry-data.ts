/**
 * The open data files of the registries: `/data/agencies.json`, `/data/people.json`, `/data/topics.json`, each
 * entry with its permanent page and where it appears in the series. Shapes from src/schemas/open-data/.
 */
import type { UrlOf } from './absolute-urls.ts';
import { agenciesByCountry } from './agency-directory.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { dataFileHeader } from './data-package.ts';
import { paths } from './urls.ts';
import type { AgenciesFile } from '../schemas/open-data/agencies-file.ts';
import type { PeopleFile } from '../schemas/open-data/people-file.ts';
import type { TopicsFile } from '../schemas/open-data/topics-file.ts';

/** The content of `/data/agencies.json`: U.S. agencies first, each country's by name. */
export function agenciesFile(archive: ArchiveIndex, urlOf: UrlOf, created?: string): AgenciesFile {
  return {
    ...dataFileHeader(urlOf, created),
    agencies: agenciesByCountry(archive.agencies.values()).flatMap(({ agencies }) =>
      agencies.map(({ id, data }) => ({
        id,
        name: data.name,
        acronym: data.acronym ?? null,
        localName: data.localName ?? null,
        country: data.country,
        aliases: data.aliases,
        description: data.description,
        website: data.website,
        url: urlOf(paths.agency(id)),
        dialogues: (archive.agencyAppearances.get(id) ?? []).map((appearance) => appearance.dialogue.ordinal),
      })),
    ),
  };
}

/** The content of `/data/people.json`, in the registry's order. */
export function peopleFile(archive: ArchiveIndex, urlOf: UrlOf, created?: string): PeopleFile {
  return {
    ...dataFileHeader(urlOf, created),
    people: [...archive.people.values()].map(({ id, data }) => ({
      id,
      name: data.name,
      country: data.country,
      url: urlOf(paths.person(id)),
      leads: (archive.leadsByPerson.get(id) ?? []).map((lead) => ({ dialogue: lead.dialogue.ordinal, side: lead.side, title: lead.title === 'unknown' ? null : lead.title })),
    })),
  };
}

/** The content of `/data/topics.json`, in the taxonomy's order. */
export function topicsFile(archive: ArchiveIndex, urlOf: UrlOf, created?: string): TopicsFile {
  return {
    ...dataFileHeader(urlOf, created),
    topics: [...archive.topics.values()].map(({ id, data }) => {
      const use = archive.topicUse.get(id);
      return {
        id,
        name: data.name,
        description: data.description,
        phrases: data.phrases,
        url: urlOf(paths.topic(id)),
        dialogues: (use?.dialogues ?? []).map((dialogue) => dialogue.ordinal).sort((a, b) => a - b),
        releases: (use?.releases ?? []).map((release) => release.id),
      };
    }),
  };
}
