/**
 * Structured data (schema.org JSON-LD) for dialogue pages, stating only what the sources give:
 * a date at its known precision or none, a place only when known, attendees only where reported.
 */
import type { UrlOf } from './absolute-urls.ts';
import type { ReleaseEntry } from './archive-content.ts';
import type { ArchiveIndex, DialogueRecord } from './archive-index.ts';
import { ARCHIVE_NAME, ISSUER, ISSUER_URL } from './citation.ts';
import { partialDateTimes } from './dates.ts';
import { formatPlace } from './places.ts';
import { paths } from './urls.ts';
import { COUNTRIES } from '../schemas/country.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';

type JsonLd = Record<string, unknown>;

/** The author and publisher of every release, as the citations name it (src/lib/citation.ts). */
const STATE_DEPARTMENT: JsonLd = { '@type': 'GovernmentOrganization', name: ISSUER, url: ISSUER_URL };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as JSON escapes,
 * so no string in the data can close the script element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A schema.org Event for one dialogue of the series. */
export function dialogueEventJsonLd(
  dialogue: DialogueRecord,
  archive: Pick<ArchiveIndex, 'people' | 'agencies' | 'topics'>,
  urlOf: UrlOf,
): JsonLd {
  const { dates, place } = dialogue.entry.data;
  const event: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: dialogue.name,
    url: urlOf(paths.dialogue(dialogue.ordinal)),
    superEvent: { '@type': 'EventSeries', name: 'U.S.–France Cyber Dialogue', url: urlOf(paths.dialogues()) },
  };

  // ISO 8601 at the precision known: "2016-09" for a month; nothing at all when the date is not known.
  const [start, end] = partialDateTimes(dates);
  if (start) event.startDate = start;
  if (end ?? start) event.endDate = end ?? start;

  if (place.kind === 'city') {
    event.eventAttendanceMode = 'https://schema.org/OfflineEventAttendanceMode';
    event.location = {
      '@type': 'Place',
      name: formatPlace(place),
      address: { '@type': 'PostalAddress', addressLocality: place.city, addressCountry: place.country.toUpperCase() },
    };
  } else if (place.kind === 'virtual') {
    event.eventAttendanceMode = 'https://schema.org/OnlineEventAttendanceMode';
    event.location = { '@type': 'VirtualLocation', name: 'held virtually' };
  }

  const attendees: JsonLd[] = [];
  for (const side of COUNTRIES) {
    const found = dialogue.delegations[side];
    if (!found) continue;
    const { lead, agencies } = found.delegation;
    const person = archive.people.get(lead.person.id);
    if (person) {
      attendees.push({ '@type': 'Person', name: person.data.name, ...(lead.title !== 'unknown' && { jobTitle: lead.title }), url: urlOf(paths.person(person.id)) });
    }
    for (const { agency } of agencies) {
      const entry = archive.agencies.get(agency.id);
      if (entry) attendees.push({ '@type': 'GovernmentOrganization', name: entry.data.name, url: urlOf(paths.agency(entry.id)), sameAs: entry.data.website });
    }
  }
  if (attendees.length > 0) event.attendee = attendees;

  const topics = dialogue.topicIds.flatMap((id) => {
    const topic = archive.topics.get(id);
    return topic ? [{ '@type': 'Thing', name: topic.data.name, url: urlOf(paths.topic(id)) }] : [];
  });
  if (topics.length > 0) event.about = topics;

  if (dialogue.releases.length > 0) {
    event.subjectOf = dialogue.releases.map((release) => ({
      '@type': 'Article',
      headline: release.data.title,
      url: urlOf(paths.release(release.id)),
      ...(release.data.issued !== 'unknown' && { datePublished: release.data.issued }),
      author: STATE_DEPARTMENT,
      publisher: STATE_DEPARTMENT,
    }));
  }
  return event;
}


/** schema.org type of each kind of release: a fact sheet is a report; the others are news of the Department. */
const RELEASE_TYPES: Record<DocumentType, 'NewsArticle' | 'Report'> = {
  'media-note': 'NewsArticle',
  'joint-statement': 'NewsArticle',
  'press-statement': 'NewsArticle',
  readout: 'NewsArticle',
  'fact-sheet': 'Report',
  remarks: 'NewsArticle',
};

/**
 * A schema.org NewsArticle (or Report, for a fact sheet) for one release: the Department as author and publisher,
 * the date of issue only when the source states it, and what it is about (the dialogue it reports, its topics).
 */
export function releaseJsonLd(
  release: ReleaseEntry,
  dialogue: DialogueRecord,
  archive: Pick<ArchiveIndex, 'topics'>,
  urlOf: UrlOf,
): JsonLd {
  const { title, documentType, issued, topics } = release.data;
  const url = urlOf(paths.release(release.id));
  const about: JsonLd[] = [{ '@type': 'Event', name: dialogue.name, url: urlOf(paths.dialogue(dialogue.ordinal)) }];
  for (const { id } of topics) {
    const topic = archive.topics.get(id);
    if (topic) about.push({ '@type': 'Thing', name: topic.data.name, url: urlOf(paths.topic(id)) });
  }
  return {
    '@context': 'https://schema.org',
    '@type': RELEASE_TYPES[documentType],
    headline: title,
    genre: DOCUMENT_TYPES[documentType],
    url,
    mainEntityOfPage: url,
    inLanguage: 'en',
    ...(issued !== 'unknown' && { datePublished: issued }),
    author: STATE_DEPARTMENT,
    publisher: STATE_DEPARTMENT,
    about,
    isPartOf: { '@type': 'WebSite', name: ARCHIVE_NAME, url: urlOf(paths.home()) },
  };
}
