/** What each kind of page gives the search index: filter values and searchable fields, from made-up content. */
import { describe, expect, it } from 'vitest';
import { readNameList } from '../../src/lib/search-names.ts';
import {
  agencySearchRecord,
  allSearchFilterValues,
  dialogueSearchRecord,
  personSearchRecord,
  releaseSearchRecord,
  releaseSearchYear,
  topicSearchRecord,
} from '../../src/lib/search-records.ts';
import { agency, buildArchive, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

const range = { precision: 'day-range', start: '2031-05-03', end: '2031-05-04' } as const;

function fixture() {
  return buildArchive({
    agencies: [
      agency('rail', 'us', 'Office of Railways', { acronym: 'OOR', aliases: ['Railway Office'] }),
      agency('post', 'us', 'Postal Service', { acronym: 'PS', aliases: ['Mail Office'] }),
      agency('quai', 'fr', 'Ministry of Quays', { acronym: 'MQ', localName: 'Ministère des Quais', aliases: ['Ministry of Docks'] }),
    ],
    people: [person('lee', 'us', 'Lee Mentioned'), person('noa', 'fr', 'Noa Unnamed')],
    topics: [topic('tide', 'Tides'), topic('wind', 'Winds')],
    dialogues: [
      dialogue('first', 1, { dates: { precision: 'month', month: '2030-09' }, place: { kind: 'city', city: 'Lyon', country: 'fr' } }),
      dialogue('second', 2, { dates: range, place: { kind: 'virtual' }, reported: { summary: 'Talks on tides.', topics: ['tide'] } }),
      dialogue('third', 3, { reported: { summary: 'Talks.', delegations: { fr: delegation('noa', 'unknown') } } }),
    ],
    releases: [
      release('note', 'second', {
        issued: '2031-05-06',
        title: 'A note on tides',
        office: 'Office of Notes',
        body: 'Lee Mentioned, Envoy, met the <Agency id="post">Postal Service</Agency> (PS), the Mail Office of old, and the Ministry of Docks about tides.',
        us: delegation('lee', 'Envoy', ['rail', 'post']),
        fr: delegation('noa', 'Ambassador', [['quai', 'Ministry of Docks']]),
        topics: ['tide', 'wind'],
      }),
      release('undated', 'third', { us: delegation('lee', 'Envoy') }),
    ],
  });
}

describe('releaseSearchYear', () => {
  it('is the year of issue when the release states its date, else the year of its dialogue', () => {
    expect(releaseSearchYear('2025-01-02', { precision: 'day', date: '2024-12-30' })).toBe('2025');
    expect(releaseSearchYear('unknown', range)).toBe('2031');
    expect(releaseSearchYear('unknown', { precision: 'unknown' })).toBeUndefined();
  });
});

describe('releaseSearchRecord', () => {
  const archive = fixture();
  const record = releaseSearchRecord(archive.releases.get('note')!, archive);

  it('files a release under its kind, agencies, sides, topics, year, type, dialogue and day', () => {
    expect(record.kind).toBe('release');
    expect(record.filters).toEqual({
      kind: ['release'],
      agency: ['rail', 'post', 'quai'],
      country: ['us', 'fr'],
      topic: ['tide', 'wind'],
      year: ['2031'],
      type: ['media-note'],
      dialogue: ['2'],
      day: ['2031-05-06'],
    });
  });

  it('keeps its title, date, dialogue and office as fields, and leaves out what is unknown', () => {
    expect(record.meta).toMatchObject({ title: 'A note on tides', date: 'May 6, 2031', dialogue: 'Second U.S.–France Cyber Dialogue', office: 'Office of Notes' });
    expect(record.meta).not.toHaveProperty('dateline');
    const undated = releaseSearchRecord(archive.releases.get('undated')!, archive);
    expect(undated.meta).not.toHaveProperty('date');
    expect(undated.filters.year).toEqual([]);
    expect(undated.filters.day).toEqual(['undated']);
  });

  it('lists, per agency, the names its text does not say, led by the agency’s name', () => {
    // Railways: nothing of it in the text. Postal Service: name, acronym and other name said. Quays: written "Ministry of Docks".
    expect(readNameList(record.meta.us1!)).toEqual({ name: 'Office of Railways', acronym: 'OOR', others: ['Railway Office'] });
    expect(record.meta).not.toHaveProperty('us2');
    expect(readNameList(record.meta.fr1!)).toEqual({ name: 'Ministry of Quays', acronym: 'MQ', wording: 'Ministry of Docks', local: 'Ministère des Quais', others: [] });
  });

  it('lists a lead or a topic only when the text does not name it', () => {
    expect(record.meta).not.toHaveProperty('us-lead');
    expect(readNameList(record.meta['fr-lead']!)).toEqual({ name: 'Noa Unnamed', others: ['Ambassador'] });
    expect(readNameList(record.meta.topics!).others).toEqual(['Winds']);
  });
});

describe('dialogueSearchRecord', () => {
  const archive = fixture();

  it('keeps a dialogue’s name, dates, place, every name of its delegations and its topics', () => {
    const record = dialogueSearchRecord(archive.dialoguesById.get('second')!, archive);
    expect(record.kind).toBe('dialogue');
    expect(record.meta).toMatchObject({ title: '', name: 'Second U.S.–France Cyber Dialogue', when: 'May 3–4, 2031', place: 'virtual' });
    expect(readNameList(record.meta.dus2!)).toEqual({ name: 'Postal Service', acronym: 'PS', others: ['Mail Office'] });
    expect(readNameList(record.meta['dus-lead']!)).toEqual({ name: 'Lee Mentioned', others: ['Envoy'] });
    expect(readNameList(record.meta.dtopics!).others).toEqual(['Tides', 'Winds']);
    expect(record.filters).toEqual({
      kind: ['dialogue'],
      agency: ['rail', 'post', 'quai'],
      country: ['us', 'fr'],
      topic: ['tide', 'wind'],
      year: ['2031'],
      dialogue: ['2'],
      day: ['2031-05-04'],
    });
  });

  it('leaves out a lead’s title no source states', () => {
    expect(readNameList(dialogueSearchRecord(archive.dialoguesById.get('third')!, archive).meta['dfr-lead']!)).toEqual({ name: 'Noa Unnamed', others: [] });
  });

  it('leaves out what is not known, and files an undated dialogue last', () => {
    const record = dialogueSearchRecord(archive.dialoguesById.get('first')!, archive);
    expect(record.meta).toEqual({ title: '', name: 'First U.S.–France Cyber Dialogue', when: 'September 2030', place: 'Lyon, France' });
    expect(record.filters).toMatchObject({ agency: [], country: [], year: ['2030'], day: ['2030-09-30'] });
    expect(dialogueSearchRecord(archive.dialoguesById.get('third')!, archive).filters).toMatchObject({ year: [], day: ['undated'] });
  });
});

describe('agency, person and topic records', () => {
  const archive = fixture();

  it('keep an agency’s name, and its acronym, French name and every other name releases give it', () => {
    const record = agencySearchRecord(archive.agencies.get('quai')!, archive);
    expect(record.meta.name).toBe('Ministry of Quays');
    expect(readNameList(record.meta.also!)).toEqual({ acronym: 'MQ', local: 'Ministère des Quais', others: ['Ministry of Docks'] });
    expect(record.filters).toEqual({ kind: ['agency'], agency: ['quai'], country: ['fr'], day: ['undated'] });
  });

  it('keep a person’s and a topic’s name, filed under their country and topic', () => {
    expect(personSearchRecord(archive.people.get('noa')!)).toEqual({
      kind: 'person',
      filters: { kind: ['person'], country: ['fr'], day: ['undated'] },
      meta: { title: '', name: 'Noa Unnamed' },
    });
    expect(topicSearchRecord(archive.topics.get('wind')!)).toEqual({
      kind: 'topic',
      filters: { kind: ['topic'], topic: ['wind'], day: ['undated'] },
      meta: { title: '', name: 'Winds' },
    });
  });
});

describe('allSearchFilterValues', () => {
  it('has one entry per page of every kind, matching each record’s values', () => {
    const archive = fixture();
    const values = allSearchFilterValues(archive);
    expect(values).toHaveLength(2 + 3 + 3 + 2 + 2);
    expect(values).toContainEqual(releaseSearchRecord(archive.releases.get('note')!, archive).filters);
    expect(values).toContainEqual(topicSearchRecord(archive.topics.get('tide')!).filters);
  });
});
