/** The open data files: they parse, follow their documented shape, and agree with the pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_SITE } from '../helpers/build-site.ts';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { DELEGATION_SECTION, foldSpace, readPage } from '../helpers/dist-pages.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i++];
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(text[i] ?? 'end of file')}`);
    }
  }
  return records;
}

const readData = (file: string, dist = distDir()) => readFileSync(join(dist, 'data', file), 'utf8');
const pathOf = (url: string) => new URL(url).pathname;

interface DataAgency {
  id: string;
  name: string;
  url: string;
  wording: string | null;
}
interface DataSide {
  lead: { person: { id: string; name: string; url: string }; title: string | null };
  agencies: DataAgency[] | null;
}
interface DataDialogue {
  id: string;
  ordinal: number;
  name: string;
  url: string;
  dates: { precision: string; start: string | null; end: string | null; text: string };
  place: { kind: string; text: string };
  delegations: Record<'us' | 'fr', DataSide | null>;
  topics: { id: string; url: string }[] | null;
  releases: { id: string; url: string }[];
  sources: { kind: string; url: string }[];
}

const dialoguesJson = () => JSON.parse(readData('dialogues.json')) as { documentation: string; dialogues: DataDialogue[] };

describe('/data/dialogues.json', () => {
  it('parses and lists the six dialogues in order, with the dates and places of the timeline', () => {
    const { documentation, dialogues } = dialoguesJson();
    expect(pathOf(documentation)).toBe('/about/');
    expect(dialogues.map((d) => d.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    const timeline = readPage('/dialogues/');
    const items = timeline('ol.timeline > li');
    dialogues.forEach((dialogue, i) => {
      const item = foldSpace(timeline(items[i]).text());
      expect(item).toContain(dialogue.dates.text);
      expect(item).toContain(dialogue.place.text);
      expect(pathOf(dialogue.url)).toBe(`/dialogues/${dialogue.ordinal}/`);
    });
    expect(dialogues[4]!.dates).toEqual({ precision: 'unknown', start: null, end: null, text: 'date not known' });
    expect(dialogues[0]!.dates).toMatchObject({ precision: 'month', start: '2016-09' });
  });

  it('agrees with each dialogue page: leads, titles, agencies and their wording, topics', () => {
    for (const dialogue of dialoguesJson().dialogues) {
      const $ = readPage(`/dialogues/${dialogue.ordinal}/`);
      for (const side of ['us', 'fr'] as const) {
        const data = dialogue.delegations[side];
        const section = $(DELEGATION_SECTION[side]);
        if (!data) {
          expect(section.find('.lead'), `${dialogue.id} ${side}`).toHaveLength(0);
          continue;
        }
        expect(foldSpace(section.find('.lead').text())).toBe(`Led by ${data.lead.person.name}, ${data.lead.title ?? 'title not stated in an English source'}`);
        expect(section.find('.lead a').attr('href')).toBe(pathOf(data.lead.person.url));
        const items = section.find('ol li');
        expect(items.map((_, li) => $(li).find('a').attr('href')).get()).toEqual((data.agencies ?? []).map((a) => pathOf(a.url)));
        (data.agencies ?? []).forEach((agency, i) => {
          const text = foldSpace($(items[i]).text());
          if (agency.wording) expect(text).toContain(`written “${agency.wording}”`);
          else expect(text).not.toContain('written');
        });
      }
      const topics = $('#topics a').map((_, a) => $(a).attr('href')).get();
      expect(topics).toEqual((dialogue.topics ?? []).map((t) => pathOf(t.url)));
    }
  });

  it('says null, not an empty list, where the agencies are not reported', () => {
    const fourth = dialoguesJson().dialogues[3]!;
    expect(fourth.delegations.us).toMatchObject({ lead: { person: { id: 'michele-markoff' } }, agencies: null, source: { kind: 'cited-sources' } });
    expect(dialoguesJson().dialogues[2]!.delegations).toEqual({
      us: { lead: { person: expect.objectContaining({ id: 'robert-strayer' }), title: null }, agencies: null, source: { kind: 'cited-sources' } },
      fr: null,
    });
  });
});

describe('/data/releases.json', () => {
  const { releases } = JSON.parse(readData('releases.json')) as {
    releases: { id: string; title: string; url: string; issued: string | null; paragraphs: string[]; dialogue: { ordinal: number } }[];
  };

  it('lists the releases newest first, as the release list does', () => {
    const $ = readPage('/releases/');
    expect(releases.map((r) => pathOf(r.url))).toEqual($('.release-list h2 a').map((_, a) => $(a).attr('href')).get());
    expect(releases.map((r) => r.issued)).toEqual([null, '2018-02-09']);
  });

  it('carries each release\'s text, paragraph for paragraph as its page shows it', () => {
    for (const release of releases) {
      const $ = readPage(pathOf(release.url));
      expect(foldSpace($('h1').text())).toBe(release.title);
      expect(release.paragraphs).toEqual($('.release-body p').map((_, p) => foldSpace($(p).text())).get());
    }
  });
});

describe('/data/delegations.csv', () => {
  const rows = parseCsv(readData('delegations.csv'));
  const [header, ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));

  it('is RFC 4180 with the columns documented on the about page, every row as wide as the header', () => {
    expect(header).toEqual([
      'dialogue_ordinal',
      'dialogue_id',
      'dialogue_date',
      'side',
      'status',
      'agency_id',
      'agency_name',
      'agency_acronym',
      'agency_wording',
      'lead_person_id',
      'lead_name',
      'lead_title',
      'source_url',
    ]);
    expect(body.every((row) => row.length === header!.length)).toBe(true);
    const about = readPage('/about/');
    const documented = about('#columns-delegations tbody th').map((_, th) => about(th).text()).get();
    expect(documented).toEqual(header);
    // The 2018 lead's title holds a comma: the field is quoted, and reads back whole.
    expect(records.find((r) => r.lead_person_id === 'robert-strayer')!.lead_title).toBe(
      'Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State',
    );
  });

  it('has a row per listed agency, agreeing with the JSON, and one row saying so for every gap', () => {
    for (const dialogue of dialoguesJson().dialogues) {
      for (const side of ['us', 'fr'] as const) {
        const mine = records.filter((r) => r.dialogue_ordinal === String(dialogue.ordinal) && r.side === side);
        const data = dialogue.delegations[side];
        if (!data) {
          expect(mine.map((r) => r.status)).toEqual(['delegation-not-reported']);
        } else if (!data.agencies) {
          expect(mine.map((r) => [r.status, r.lead_name])).toEqual([['agencies-not-reported', data.lead.person.name]]);
        } else {
          expect(mine.map((r) => [r.status, r.agency_id, r.agency_wording])).toEqual(data.agencies.map((a) => ['listed', a.id, a.wording ?? '']));
        }
      }
    }
  });

  it('agrees with the delegation matrix: "took part" exactly where a row lists the agency', () => {
    const $ = readPage('/agencies/');
    const tookPart = new Set(records.filter((r) => r.status === 'listed').map((r) => `${r.agency_id}@${r.dialogue_ordinal}`));
    const cells = new Set<string>();
    $('table#delegation-matrix tbody tr:has(th[scope="row"])').each((_, tr) => {
      const id = /\/agencies\/([^/]+)\//.exec($(tr).find('th a').attr('href')!)![1];
      $(tr)
        .find('td.cell')
        .each((i, td) => {
          if (foldSpace($(td).text()) === 'took part') cells.add(`${id}@${i + 1}`);
        });
    });
    expect(cells).toEqual(tookPart);
    expect(tookPart.size).toBe(31);
  });
});

describe('the about page documents the data', () => {
  it('lists every JSON field that the files hold', () => {
    const about = readPage('/about/');
    const documented = new Set(about('#fields-dialogues tbody th').map((_, th) => about(th).text()).get());
    expect(documented.has('dialogues[].delegations.<side>.agencies[].wording')).toBe(true);
    for (const key of Object.keys(dialoguesJson().dialogues[0]!)) expect(documented.has(`dialogues[].${key}`), key).toBe(true);
    expect(about('a[href="/data/delegations.csv"]')).toHaveLength(1);
    expect(about('#cite blockquote').text()).toContain('U.S. Department of State, Office of the Spokesperson. “United States and France Strengthen Relationship on Cyber Policy.” Media Note, February 9, 2018.');
  });
});

describe('under a sub-path', () => {
  it('every URL in the data is absolute and under the base path', () => {
    const json = readData('dialogues.json', distSubpathDir());
    // The archive's own URLs: those on the site's origin (the others are cited sources).
    const urls = [...json.matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!).filter((url) => new URL(url).origin === new URL(TEST_SITE).origin);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(new URL(url).pathname.startsWith(SUBPATH_BASE), url).toBe(true);
    const csv = parseCsv(readData('delegations.csv', distSubpathDir()));
    const sourceUrls = csv.slice(1).map((row) => row.at(-1)!).filter((url) => url !== '');
    for (const url of sourceUrls) expect(new URL(url).pathname.startsWith(SUBPATH_BASE), url).toBe(true);
  });
});
