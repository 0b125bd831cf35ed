import { describe, expect, it } from 'vitest';
import { indexArchive } from '../../src/lib/archive-index.ts';
import type { ArchiveContent } from '../../src/lib/archive-content.ts';
import { filterCanNarrow, offeredFilterGroups, pagefindFilterTags, searchFilterGroups } from '../../src/lib/search-filters.ts';
import { allSearchFilterValues } from '../../src/lib/search-records.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { dialogueSchema } from '../../src/schemas/dialogue.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { releaseSchema, type Release } from '../../src/schemas/release.ts';
import { agency as fixtureAgency, buildArchive, delegation, dialogue as fixtureDialogue, release as fixtureRelease } from './archive-fixture.ts';
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

describe('pagefindFilterTags', () => {
  it('writes one key:value per value, in the order given', () => {
    expect(pagefindFilterTags({ kind: ['release'], agency: ['anssi', 'fbi'], country: ['fr'], topic: [], year: ['2024'], day: ['2024-03-12'] })).toEqual([
      'kind:release',
      'agency:anssi',
      'agency:fbi',
      'country:fr',
      'year:2024',
      'day:2024-03-12',
    ]);
  });

  it('refuses a value Pagefind would misread', () => {
    expect(() => pagefindFilterTags({ agency: ['a,b'] })).toThrow(/agency/);
    expect(() => pagefindFilterTags({ topic: ['x:y'] })).toThrow(/topic/);
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
  const archive = indexArchive(content);
  const groups = Object.fromEntries(searchFilterGroups(archive, allSearchFilterValues(archive)).map((group) => [group.key, group]));

  it('has one group per filter key, in URL order, with its legend', () => {
    expect(Object.keys(groups)).toEqual(['kind', 'agency', 'country', 'topic', 'year', 'type', 'dialogue']);
    expect(groups.year!.legend).toBe('Year');
    expect(groups.kind!.legend).toBe('Kind of page');
  });

  it('offers only values some page carries, labelled for people, valued by id', () => {
    expect(groups.kind!.options).toEqual([
      { value: 'release', label: 'Release' },
      { value: 'dialogue', label: 'Dialogue' },
      { value: 'agency', label: 'Agency' },
      { value: 'person', label: 'Delegation lead' },
      { value: 'topic', label: 'Topic' },
    ]);
    // Every agency has a page of its own, so every agency is offered, U.S. first.
    expect(groups.agency!.options).toEqual([
      { value: 'fbi', label: 'Federal Bureau of Investigation (FBI)' },
      { value: 'odni', label: 'Office of the Director of National Intelligence (ODNI)' },
      { value: 'meae', label: 'Ministry for Europe and Foreign Affairs (MEAE)' },
      { value: 'anssi', label: 'National Cybersecurity Agency (ANSSI)' },
    ]);
    expect(groups.country!.options).toEqual([
      { value: 'us', label: 'U.S.' },
      { value: 'fr', label: 'France' },
    ]);
    expect(groups.topic!.options.map((option) => option.value)).toEqual(['cybercrime', 'capacity-building', 'online-freedom']);
    expect(groups.type!.options).toEqual([{ value: 'media-note', label: 'Media Note' }]);
  });

  it('lists years newest first (an undated release under its dialogue’s year) and dialogues by ordinal', () => {
    expect(groups.year!.options.map((option) => option.value)).toEqual(['2024', '2018']);
    expect(groups.dialogue!.options).toEqual([
      { value: '2', label: 'Second U.S.–France Cyber Dialogue' },
      { value: '3', label: 'Third U.S.–France Cyber Dialogue' },
      { value: '6', label: 'Sixth U.S.–France Cyber Dialogue' },
    ]);
  });
});

describe('filterCanNarrow and offeredFilterGroups', () => {
  it('offer a filter only when pages differ in its values', () => {
    expect(filterCanNarrow('country', [{ country: ['us', 'fr'] }, { country: ['fr', 'us'] }])).toBe(false);
    expect(filterCanNarrow('country', [{ country: ['us', 'fr'] }, { country: ['us'] }])).toBe(true);
    expect(filterCanNarrow('country', [{ country: ['us'] }, {}])).toBe(true);
    expect(filterCanNarrow('type', [{}, {}])).toBe(false);
  });

  it('leave out of the page a filter no choice of which could change a result', () => {
    // One release, one dialogue, both on the same side, with no topic page carrying another value.
    const archive = buildArchive({
      agencies: [fixtureAgency('ops', 'us')],
      dialogues: [fixtureDialogue('only', 1, { dates: { precision: 'day', date: '2030-01-01' } })],
      releases: [fixtureRelease('one', 'only', { issued: '2030-01-02', us: delegation('lee', 'Envoy', ['ops']) })],
    });
    const keys = offeredFilterGroups(archive).map((group) => group.key);
    // Every page with a country (the release, the dialogue, the agency, the lead) is U.S.; no page has a topic.
    expect(keys).not.toContain('country');
    expect(keys).not.toContain('topic');
    // Only the release has a type: ticking it sets releases apart from the other pages.
    expect(keys).toEqual(['kind', 'agency', 'year', 'type', 'dialogue']);
  });
});
