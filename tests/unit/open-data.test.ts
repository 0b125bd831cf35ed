import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { dataFile, dataFileFields } from '../../src/lib/data-files.ts';
import { dialoguesFile, releaseParagraphs, releasesFile } from '../../src/lib/open-data.ts';
import { dialoguesFileSchema } from '../../src/schemas/open-data/dialogues-file.ts';
import { releasesFileSchema } from '../../src/schemas/open-data/releases-file.ts';

const DIALOGUES_JSON_FIELDS = dataFileFields(dataFile('dialogues'));
const RELEASES_JSON_FIELDS = dataFileFields(dataFile('releases'));
const CREATED = '2026-01-02T03:04:05Z';
import { agency, buildArchive, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

const urlOf = absoluteUrlOf('https://example.org', '/sub/');

/** A fixture with every kind of value: known and unknown dates and places, both kinds of source, listed and unlisted sides. */
function fixture() {
  return buildArchive({
    agencies: [agency('desk', 'us', 'Desk Office', { acronym: 'DO' }), agency('quai', 'fr', 'Quai')],
    people: [person('val', 'us', 'Val Example'), person('eve', 'fr', 'Eve Exemple')],
    topics: [topic('tide', 'Tides'), topic('wind', 'Winds')],
    dialogues: [
      dialogue('first', 1, {
        dates: { precision: 'month', month: '2010-05' },
        place: { kind: 'city', city: 'Lyon', country: 'fr' },
        sources: [{ release: { collection: 'releases', id: 'rel' }, quote: 'They met in Lyon' }],
      }),
      dialogue('second', 2, { dates: { precision: 'day-range', start: '2011-06-01', end: '2011-06-02' }, place: { kind: 'unknown', note: 'Not said.' } }),
      dialogue('third', 3, {
        dates: { precision: 'unknown' },
        place: { kind: 'virtual' },
        reported: { summary: 'They spoke of winds.', delegations: { fr: delegation('eve', 'Envoy') }, topics: ['wind'] },
        sources: [{ title: 'A report', url: 'https://news.example/a', lang: 'it', supports: 'The summary.' }],
      }),
    ],
    releases: [
      release('rel', 'second', {
        issued: '2011-06-03',
        title: 'They Met',
        office: 'Office of Things',
        us: delegation('val', 'Deputy', [['desk', 'the Desk']]),
        fr: delegation('eve', 'Envoy', ['quai']),
        topics: ['tide'],
        body: 'They met in Lyon, said <Person id="val">Val</Person>.\n\nThe <Agency id="desk">Desk</Agency>   took part.\n',
        extra: { titleSource: { title: 'A copy', url: 'https://copy.example/', supports: 'The title.' } },
      }),
      // Issued on an unknown date, reporting a dialogue of unknown date: placed first of all (oldest).
      release('bare', 'third', { topics: ['wind'] }),
    ],
  });
}

/** Every field path in a value: arrays as `[]`, the two sides of a delegation as `<side>`. */
function fieldPaths(value: unknown, at = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) fieldPaths(item, `${at}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = at.endsWith('.delegations') && (key === 'us' || key === 'fr') ? `${at}.<side>` : at ? `${at}.${key}` : key;
      into.add(path);
      fieldPaths(child, path, into);
    }
  }
  return into;
}

describe('dialoguesFile', () => {
  const archive = fixture();
  const file = dialoguesFile(archive, urlOf, CREATED);
  const [first, second, third] = file.dialogues;

  it('links its documentation, states its license and version, and lists the dialogues first to latest with absolute URLs', () => {
    expect(file.documentation).toBe('https://example.org/sub/about/#data');
    expect(file.license).toEqual({ name: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', path: 'https://creativecommons.org/publicdomain/zero/1.0/' });
    expect(file.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(file.created).toBe(CREATED);
    expect(file.dialogues.map((d) => [d.id, d.ordinal, d.url])).toEqual([
      ['first', 1, 'https://example.org/sub/dialogues/1/'],
      ['second', 2, 'https://example.org/sub/dialogues/2/'],
      ['third', 3, 'https://example.org/sub/dialogues/3/'],
    ]);
  });

  it('gives dates and places at the precision known, with null for what is not known', () => {
    expect(first!.dates).toEqual({ precision: 'month', start: '2010-05', end: '2010-05', text: 'May 2010' });
    expect(second!.dates).toEqual({ precision: 'day-range', start: '2011-06-01', end: '2011-06-02', text: 'June 1–2, 2011' });
    expect(third!.dates).toEqual({ precision: 'unknown', start: null, end: null, text: 'date not known' });
    expect(first!.place).toEqual({ kind: 'city', city: 'Lyon', country: 'fr', note: null, text: 'Lyon, France' });
    expect(second!.place).toMatchObject({ kind: 'unknown', city: null, note: 'Not said.' });
    expect(third!.place.kind).toBe('virtual');
  });

  it('gives delegations with their source, agencies with their wording, and null for what no source reports', () => {
    expect(second!.delegations.us).toEqual({
      lead: { person: { id: 'val', name: 'Val Example', url: 'https://example.org/sub/people/val/' }, title: 'Deputy' },
      agencies: [{ id: 'desk', name: 'Desk Office', acronym: 'DO', url: 'https://example.org/sub/agencies/desk/', wording: 'the Desk' }],
      source: { kind: 'release', release: 'rel', url: 'https://example.org/sub/releases/rel/' },
    });
    expect(second!.delegations.fr!.agencies![0]).toMatchObject({ id: 'quai', acronym: null, wording: null });
    expect(third!.delegations.fr).toMatchObject({ agencies: null, source: { kind: 'cited-sources' } });
    expect(third!.delegations.us).toBeNull();
    expect(first!.delegations).toEqual({ us: null, fr: null });
  });

  it('gives topics (null when not reported), the summary, releases and both kinds of source', () => {
    expect(first!.topics).toBeNull();
    expect(second!.topics).toEqual([{ id: 'tide', name: 'Tides', url: 'https://example.org/sub/topics/tide/' }]);
    expect(third!.topics!.map((t) => t.id)).toEqual(['wind']);
    expect([first!.summary, third!.summary]).toEqual([null, 'They spoke of winds.']);
    expect(second!.releases).toEqual([{ id: 'rel', title: 'They Met', url: 'https://example.org/sub/releases/rel/' }]);
    expect(first!.sources).toEqual([{ kind: 'release-passage', release: 'rel', url: 'https://example.org/sub/releases/rel/', quote: 'They met in Lyon' }]);
    expect(third!.sources).toEqual([{ kind: 'cited', title: 'A report', url: 'https://news.example/a', lang: 'it', supports: 'The summary.' }]);
  });

  it('has exactly the documented fields, and its schema accepts it', () => {
    expect([...fieldPaths(file)].sort()).toEqual(DIALOGUES_JSON_FIELDS.map((doc) => doc.field).sort());
    expect(dialoguesFileSchema.parse(file)).toEqual(file);
  });
});

describe('releasesFile', () => {
  const archive = fixture();
  const file = releasesFile(archive, urlOf, CREATED);

  it('lists releases newest first, with null for what the source does not state', () => {
    expect(file.releases.map((r) => r.id)).toEqual(['rel', 'bare']);
    const [rel, bare] = file.releases;
    expect(rel).toMatchObject({ office: 'Office of Things', dateline: null, issued: '2011-06-03', documentType: 'media-note', documentTypeLabel: 'Media Note' });
    expect(bare).toMatchObject({ office: null, issued: null, issuedNoEarlierThan: null, titleSource: null, delegations: { us: null, fr: null }, officialVersions: [] });
    expect(rel!.issuedNoEarlierThan).toBeNull();
    expect(rel!.dialogue).toEqual({ id: 'second', ordinal: 2, name: 'Second U.S.–France Cyber Dialogue', url: 'https://example.org/sub/dialogues/2/' });
    expect(rel!.titleSource).toEqual({ title: 'A copy', url: 'https://copy.example/', lang: null, supports: 'The title.' });
  });

  it('gives the text as paragraphs a reader sees', () => {
    expect(file.releases[0]!.paragraphs).toEqual(['They met in Lyon, said Val.', 'The Desk took part.']);
  });

  it('has only documented fields, and the fixture shows all but the optional source links and versions', () => {
    expect(releasesFileSchema.parse(file)).toEqual(file);
    const documented = RELEASES_JSON_FIELDS.map((doc) => doc.field);
    const found = [...fieldPaths(file)];
    expect(found.filter((path) => !documented.includes(path))).toEqual([]);
    expect(documented.filter((path) => !found.includes(path))).toEqual([
      'releases[].officialVersions[].kind',
      'releases[].officialVersions[].lang',
      'releases[].officialVersions[].title',
      'releases[].officialVersions[].url',
      'releases[].officialVersions[].publisher',
      'releases[].officialVersions[].issued',
      'releases[].source.links[].title',
      'releases[].source.links[].url',
      'releases[].source.links[].lang',
      'releases[].source.links[].supports',
    ]);
  });
});

describe('releaseParagraphs', () => {
  it('splits at blank lines and drops mention tags', () => {
    expect(releaseParagraphs('\nOne <Agency id="a">A</Agency>.\n  \nTwo\nlines.\n')).toEqual(['One A.', 'Two lines.']);
  });

  it('splits each body once: the data file, the feed and the passage finder share the result', () => {
    const body = 'First.\n\nSecond <Person id="p">Name</Person>.';
    expect(releaseParagraphs(body)).toBe(releaseParagraphs(body));
    expect(releaseParagraphs(`${body} `)).not.toBe(releaseParagraphs(body));
  });
});
