import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { dialogueEventJsonLd, releaseJsonLd, serializeJsonLd } from '../../src/lib/json-ld.ts';
import { agency, buildArchive, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

const urlOf = absoluteUrlOf('https://example.org', '/base/');

function fixture() {
  return buildArchive({
    agencies: [agency('desk', 'us', 'Desk Office')],
    people: [person('val', 'us', 'Val Example'), person('eve', 'fr', 'Eve Exemple')],
    topics: [topic('tide', 'Tides')],
    dialogues: [
      dialogue('m', 1, { dates: { precision: 'month', month: '2010-05' }, place: { kind: 'city', city: 'Lyon', country: 'fr' } }),
      dialogue('r', 2, { dates: { precision: 'day-range', start: '2011-06-01', end: '2011-06-02' }, place: { kind: 'virtual' } }),
      dialogue('u', 3, { reported: { delegations: { fr: delegation('eve', 'Envoy') } } }),
    ],
    releases: [release('rel', 'r', { issued: '2011-06-03', title: 'They Met', us: delegation('val', 'Deputy', ['desk']), topics: ['tide'] })],
  });
}

describe('dialogueEventJsonLd', () => {
  const archive = fixture();
  const [month, range, unknown] = archive.dialogues.map((d) => dialogueEventJsonLd(d, archive, urlOf));

  it('describes the dialogue as an Event of the series, with its absolute URL', () => {
    expect(month).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: 'First U.S.–France Cyber Dialogue', url: 'https://example.org/base/dialogues/1/' });
    expect(month!.superEvent).toMatchObject({ '@type': 'EventSeries', url: 'https://example.org/base/dialogues/' });
  });

  it('gives dates at the precision known, and none when not known', () => {
    expect([month!.startDate, month!.endDate]).toEqual(['2010-05', '2010-05']);
    expect([range!.startDate, range!.endDate]).toEqual(['2011-06-01', '2011-06-02']);
    expect(unknown).not.toHaveProperty('startDate');
    expect(unknown).not.toHaveProperty('endDate');
  });

  it('gives a place only when known, and marks a virtual dialogue as online', () => {
    expect(month!.location).toMatchObject({ '@type': 'Place', address: { addressLocality: 'Lyon', addressCountry: 'FR' } });
    expect(month!.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(range!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(unknown).not.toHaveProperty('location');
    expect(unknown).not.toHaveProperty('eventAttendanceMode');
  });

  it('lists reported leads and agencies as attendees, the topics and the releases', () => {
    expect(range!.attendee).toEqual([
      { '@type': 'Person', name: 'Val Example', jobTitle: 'Deputy', url: 'https://example.org/base/people/val/' },
      { '@type': 'GovernmentOrganization', name: 'Desk Office', url: 'https://example.org/base/agencies/desk/', sameAs: 'https://desk.example/' },
    ]);
    expect(unknown!.attendee).toEqual([{ '@type': 'Person', name: 'Eve Exemple', jobTitle: 'Envoy', url: 'https://example.org/base/people/eve/' }]);
    expect(month).not.toHaveProperty('attendee');
    expect(range!.about).toEqual([{ '@type': 'Thing', name: 'Tides', url: 'https://example.org/base/topics/tide/' }]);
    expect(range!.subjectOf).toMatchObject([{ '@type': 'Article', headline: 'They Met', url: 'https://example.org/base/releases/rel/', datePublished: '2011-06-03' }]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it goes in, and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('releaseJsonLd', () => {
  const archive = fixture();
  const dialogue = archive.dialogues[1]!;

  it('describes a release as a NewsArticle of the Department, about its dialogue and topics', () => {
    const data = releaseJsonLd(archive.releases.get('rel')!, dialogue, archive, urlOf);
    const department = { '@type': 'GovernmentOrganization', name: 'U.S. Department of State', url: 'https://www.state.gov/' };
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'They Met',
      genre: 'Media Note',
      url: 'https://example.org/base/releases/rel/',
      mainEntityOfPage: 'https://example.org/base/releases/rel/',
      inLanguage: 'en',
      datePublished: '2011-06-03',
      author: department,
      publisher: department,
      about: [
        { '@type': 'Event', name: 'Second U.S.–France Cyber Dialogue', url: 'https://example.org/base/dialogues/2/' },
        { '@type': 'Thing', name: 'Tides', url: 'https://example.org/base/topics/tide/' },
      ],
      isPartOf: { '@type': 'WebSite', name: 'U.S.–France Cyber Dialogue Archive', url: 'https://example.org/base/' },
    });
  });

  it('gives no date when the source states none, and calls a fact sheet a Report', () => {
    const undated = release('u', 'r', { extra: { documentType: 'fact-sheet' } });
    const data = releaseJsonLd(undated, dialogue, archive, urlOf);
    expect(data).not.toHaveProperty('datePublished');
    expect(data['@type']).toBe('Report');
  });
});
