import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { agenciesFile, peopleFile, topicsFile } from '../../src/lib/registry-data.ts';
import { agenciesFileSchema } from '../../src/schemas/open-data/agencies-file.ts';
import { peopleFileSchema } from '../../src/schemas/open-data/people-file.ts';
import { topicsFileSchema } from '../../src/schemas/open-data/topics-file.ts';
import { agency, buildArchive, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

const urlOf = absoluteUrlOf('https://example.org', '/sub/');
const CREATED = '2026-01-02T03:04:05Z';

function fixture() {
  return buildArchive({
    agencies: [agency('quai', 'fr', 'Quai', { localName: 'Le Quai' }), agency('desk', 'us', 'Desk Office', { acronym: 'DO', aliases: ['the Desk'] })],
    people: [person('val', 'us', 'Val Example'), person('eve', 'fr', 'Eve Exemple')],
    topics: [topic('tide', 'Tides'), topic('wind', 'Winds')],
    dialogues: [
      dialogue('first', 1, { reported: { summary: 'About winds.', delegations: { fr: delegation('eve', 'unknown') }, topics: ['wind'] } }),
      dialogue('second', 2),
    ],
    releases: [release('rel', 'second', { us: delegation('val', 'Deputy', ['desk']), fr: delegation('eve', 'Envoy', ['quai']), topics: ['tide', 'wind'] })],
  });
}

describe('agenciesFile', () => {
  const file = agenciesFile(fixture(), urlOf, CREATED);
  it('lists the registry, U.S. first, with its page and the dialogues each took part in, as its schema says', () => {
    expect(file.agencies.map((a) => a.id)).toEqual(['desk', 'quai']);
    expect(file.agencies[0]).toEqual({
      id: 'desk',
      name: 'Desk Office',
      acronym: 'DO',
      localName: null,
      country: 'us',
      aliases: ['the Desk'],
      description: 'About Desk Office.',
      website: 'https://desk.example/',
      url: 'https://example.org/sub/agencies/desk/',
      dialogues: [2],
    });
    expect(file.agencies[1]!.localName).toBe('Le Quai');
    expect(file.created).toBe(CREATED);
    expect(agenciesFileSchema.parse(file)).toEqual(file);
  });
});

describe('peopleFile', () => {
  const file = peopleFile(fixture(), urlOf, CREATED);
  it('gives each lead the delegations they led, with null for a title no English source states', () => {
    expect(file.people.find((p) => p.id === 'eve')).toEqual({
      id: 'eve',
      name: 'Eve Exemple',
      country: 'fr',
      url: 'https://example.org/sub/people/eve/',
      leads: [
        { dialogue: 1, side: 'fr', title: null },
        { dialogue: 2, side: 'fr', title: 'Envoy' },
      ],
    });
    expect(peopleFileSchema.parse(file)).toEqual(file);
  });
});

describe('topicsFile', () => {
  const file = topicsFile(fixture(), urlOf, CREATED);
  it('gives each topic its phrases, page, dialogues and releases', () => {
    expect(file.topics.find((t) => t.id === 'wind')).toEqual({
      id: 'wind',
      name: 'Winds',
      description: 'About Winds.',
      phrases: ['wind'],
      url: 'https://example.org/sub/topics/wind/',
      dialogues: [1, 2],
      releases: ['rel'],
    });
    expect(file.topics.find((t) => t.id === 'tide')!.dialogues).toEqual([2]);
    expect(topicsFileSchema.parse(file)).toEqual(file);
  });
});
