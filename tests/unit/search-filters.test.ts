import { describe, expect, it } from 'vitest';
import { indexArchive } from '../../src/lib/archive-index.ts';
import type { ArchiveContent } from '../../src/lib/archive-content.ts';
import {
  pagefindFilterTags,
  releaseFilterValues,
  releaseSearchYear,
  searchFilterGroups,
} from '../../src/lib/search-filters.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { dialogueSchema } from '../../src/schemas/dialogue.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { releaseSchema, type Release } from '../../src/schemas/release.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

const sixthDates = { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' } as const;

function release(fields: Record<string, unknown>): Release {
  return releaseSchema(plainReference).parse({
    title: 'A release',
    documentType: 'media-note',
    office: 'unknown',
    dateline: 'unknown',
    issued: 'unknown',
    dialogue: 'sixth',
    delegations: {},
    topics: ['cybercrime'],
    source: { file: 'x.txt', path: 'sources/x.txt', sha256: '0'.repeat(64), description: 'Test.' },
    ...fields,
  });
}

describe('releaseSearchYear', () => {
  it('is the year of issue when the release states its date', () => {
    expect(releaseSearchYear('2018-02-09', { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' })).toBe('2018');
    // Issued in a later year than the dialogue: the date of issue wins.
    expect(releaseSearchYear('2025-01-02', { precision: 'day', date: '2024-12-30' })).toBe('2025');
  });

  it('is the year of the dialogue when the date of issue is not stated', () => {
    expect(releaseSearchYear('unknown', sixthDates)).toBe('2024');
    expect(releaseSearchYear('unknown', { precision: 'month', month: '2016-09' })).toBe('2016');
  });

  it('is undefined when neither is known', () => {
    expect(releaseSearchYear('unknown', { precision: 'unknown' })).toBeUndefined();
  });
});

describe('releaseFilterValues', () => {
  it('gives ids: agencies of both sides without repeats, sides reported, topics, year, type, dialogue ordinal', () => {
    const data = release({
      delegations: {
        us: { lead: { person: 'liesyl-franz', title: 'DAS' }, agencies: [{ agency: 'fbi' }, { agency: 'cisa' }] },
        fr: { lead: { person: 'henri-verdier', title: 'Ambassador' }, agencies: [{ agency: 'anssi' }, { agency: 'interior-ministry', wording: 'Ministry of Home Affairs' }] },
      },
      topics: ['cybercrime', 'capacity-building'],
    });
    expect(releaseFilterValues(data, { ordinal: 6, dates: sixthDates })).toEqual({
      agency: ['fbi', 'cisa', 'anssi', 'interior-ministry'],
      country: ['us', 'fr'],
      topic: ['cybercrime', 'capacity-building'],
      year: ['2024'],
      type: ['media-note'],
      dialogue: ['6'],
    });
  });

  it('leaves out a side the release does not report, and a year nobody knows', () => {
    const data = release({ delegations: { fr: { lead: { person: 'henri-verdier', title: 'Ambassador' } } } });
    const values = releaseFilterValues(data, { ordinal: 5, dates: { precision: 'unknown' } });
    expect(values.country).toEqual(['fr']);
    expect(values.agency).toEqual([]);
    expect(values.year).toEqual([]);
  });
});

describe('pagefindFilterTags', () => {
  it('writes one key:value per value, in the URL order of keys', () => {
    expect(
      pagefindFilterTags({ agency: ['anssi', 'fbi'], country: ['fr'], topic: [], year: ['2024'], type: ['media-note'], dialogue: ['6'] }),
    ).toEqual(['agency:anssi', 'agency:fbi', 'country:fr', 'year:2024', 'type:media-note', 'dialogue:6']);
  });

  it('refuses a value Pagefind would misread', () => {
    expect(() => pagefindFilterTags({ agency: ['a,b'], country: [], topic: [], year: [], type: [], dialogue: [] })).toThrow(/agency/);
    expect(() => pagefindFilterTags({ agency: [], country: [], topic: ['x:y'], year: [], type: [], dialogue: [] })).toThrow(/topic/);
  });
});

describe('searchFilterGroups', () => {
  const content: ArchiveContent = {
    releases: [
      {
        id: 'old',
        body: '',
        data: release({
          issued: '2018-02-09',
          dialogue: 'second',
          delegations: { us: { lead: { person: 'robert-strayer', title: 'DAS' }, agencies: [{ agency: 'odni' }, { agency: 'fbi' }] } },
        }),
      },
      {
        id: 'new',
        body: '',
        data: release({
          delegations: { fr: { lead: { person: 'henri-verdier', title: 'Ambassador' }, agencies: [{ agency: 'anssi' }] } },
          topics: ['capacity-building', 'cybercrime'],
        }),
      },
    ],
    dialogues: [
      { id: 'second', data: dialogueSchema(plainReference).parse({ ordinal: 2, dates: { precision: 'day', date: '2018-02-07' }, place: { kind: 'virtual' } }) },
      { id: 'sixth', data: dialogueSchema(plainReference).parse({ ordinal: 6, dates: sixthDates, place: { kind: 'virtual' } }) },
      { id: 'third', data: dialogueSchema(plainReference).parse({ ordinal: 3, dates: { precision: 'unknown' }, place: { kind: 'virtual' } }) },
    ],
    agencies: [
      ['odni', { name: 'Office of the Director of National Intelligence', acronym: 'ODNI', country: 'us' }],
      ['fbi', { name: 'Federal Bureau of Investigation', acronym: 'FBI', country: 'us' }],
      ['anssi', { name: 'National Cybersecurity Agency', acronym: 'ANSSI', country: 'fr' }],
      ['meae', { name: 'Ministry for Europe and Foreign Affairs', acronym: 'MEAE', country: 'fr' }],
    ].map(([id, fields]) => ({
      id: id as string,
      data: agencySchema.parse({ ...(fields as object), description: 'An agency.', website: 'https://example.org/' }),
    })),
    people: [['robert-strayer', 'us'], ['henri-verdier', 'fr']].map(([id, country]) => ({ id: id!, data: personSchema.parse({ name: id, country }) })),
    topics: ['cybercrime', 'capacity-building', 'online-freedom'].map((id) => ({
      id,
      data: topicSchema.parse({ name: id[0]!.toUpperCase() + id.slice(1).replace('-', ' '), description: 'A topic.', phrases: [id] }),
    })),
  };
  const groups = Object.fromEntries(searchFilterGroups(indexArchive(content)).map((group) => [group.key, group]));

  it('has one group per filter key, in URL order, with its legend', () => {
    expect(Object.keys(groups)).toEqual(['agency', 'country', 'topic', 'year', 'type', 'dialogue']);
    expect(groups.year!.legend).toBe('Year');
  });

  it('offers only values some release carries, labelled for people, valued by id', () => {
    expect(groups.agency!.options).toEqual([
      { value: 'fbi', label: 'Federal Bureau of Investigation (FBI)' },
      { value: 'odni', label: 'Office of the Director of National Intelligence (ODNI)' },
      { value: 'anssi', label: 'National Cybersecurity Agency (ANSSI)' },
    ]);
    expect(groups.country!.options).toEqual([
      { value: 'us', label: 'U.S.' },
      { value: 'fr', label: 'France' },
    ]);
    expect(groups.topic!.options.map((option) => option.value)).toEqual(['cybercrime', 'capacity-building']);
    expect(groups.type!.options).toEqual([{ value: 'media-note', label: 'Media Note' }]);
  });

  it('lists years newest first (an undated release under its dialogue’s year) and dialogues by ordinal', () => {
    expect(groups.year!.options.map((option) => option.value)).toEqual(['2024', '2018']);
    expect(groups.dialogue!.options).toEqual([
      { value: '2', label: 'Second U.S.–France Cyber Dialogue' },
      { value: '6', label: 'Sixth U.S.–France Cyber Dialogue' },
    ]);
  });
});
