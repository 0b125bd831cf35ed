/**
 * The agency directory, the delegation matrix and each agency's page, read from the built site.
 * The matrix is checked against the releases' frontmatter and the dialogues' reported facts, read here
 * straight from `content/` (not through the site's code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { ROOT } from '../helpers/paths.ts';

type Side = 'us' | 'fr';
interface ContentDelegation {
  agencies?: { agency: string }[];
}

const content = `${ROOT}content/`;
const agencies: Record<string, { name: string; country: Side; acronym?: string }> = parseYaml(readFileSync(`${content}agencies.yaml`, 'utf8'));
const dialogues: Record<string, { ordinal: number; reported?: { delegations?: Partial<Record<Side, ContentDelegation>> } }> = parseYaml(
  readFileSync(`${content}dialogues.yaml`, 'utf8'),
);
const releases = readdirSync(`${content}releases`)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${content}releases/${file}`, 'utf8'))![1]!;
    return parseYaml(frontmatter) as { dialogue: string; delegations: Partial<Record<Side, ContentDelegation>> };
  });

/** The agency lists reported for each dialogue ordinal and side (a list with agencies in it; else not reported). */
function reportedLists(): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  const add = (ordinal: number, side: Side, delegation: ContentDelegation | undefined) => {
    const ids = (delegation?.agencies ?? []).map((a) => a.agency);
    if (ids.length === 0) return;
    const key = `${ordinal}:${side}`;
    lists.set(key, new Set([...(lists.get(key) ?? []), ...ids]));
  };
  for (const release of releases) {
    for (const side of ['us', 'fr'] as const) add(dialogues[release.dialogue]!.ordinal, side, release.delegations[side]);
  }
  for (const dialogue of Object.values(dialogues)) {
    for (const side of ['us', 'fr'] as const) add(dialogue.ordinal, side, dialogue.reported?.delegations?.[side]);
  }
  return lists;
}

describe('the agency directory', () => {
  const $ = readPage('/agencies/');

  it('lists every agency of the registry once, under its country, with its acronym and dialogue count', () => {
    const listed = (side: Side) => $(`#directory-${side}`).next('ul').find('li > a').map((_, a) => $(a).attr('href')).get();
    for (const side of ['us', 'fr'] as const) {
      const expected = Object.entries(agencies)
        .filter(([, agency]) => agency.country === side)
        .map(([id]) => `/agencies/${id}/`);
      expect(listed(side).sort()).toEqual(expected.sort());
    }
    const anssi = foldSpace($('#directory li:has(a[href="/agencies/anssi/"])').text());
    expect(anssi).toBe('National Cybersecurity Agency (ANSSI) — 2 dialogues');
    expect(foldSpace($('#directory li:has(a[href="/agencies/oncd/"])').text())).toBe('Office of the National Cyber Director (ONCD) — 1 dialogue');
  });
});

describe('the delegation matrix', () => {
  const $ = readPage('/agencies/');
  const table = $('table#delegation-matrix');

  it('is a real table: caption, column headers for the six dialogues, a row header per agency', () => {
    expect(table).toHaveLength(1);
    expect(foldSpace(table.find('caption').text())).not.toBe('');
    const columns = table.find('thead th[scope="col"]');
    expect(columns).toHaveLength(6 + 2);
    expect(columns.slice(1, 7).map((_, th) => $(th).find('a').attr('href')).get()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `/dialogues/${n}/`));
    expect(table.find('tbody th[scope="row"]')).toHaveLength(Object.keys(agencies).length);
    expect(table.find('tbody th[scope="rowgroup"]').map((_, th) => foldSpace($(th).text())).get()).toEqual(['U.S. agencies', 'French agencies']);
  });

  it('can be scrolled from the keyboard, in a region named by the caption', () => {
    const region = table.parent();
    expect(region.attr('tabindex')).toBe('0');
    expect(region.attr('aria-labelledby')).toBe(table.find('caption').attr('id'));
  });

  it('agrees, cell by cell, with the releases and the reported facts', () => {
    const lists = reportedLists();
    table.find('tbody tr:has(th[scope="row"])').each((_, tr) => {
      const id = /\/agencies\/([^/]+)\//.exec($(tr).find('th a').attr('href')!)![1]!;
      const side = agencies[id]!.country;
      const cells = $(tr).find('td.cell').map((__, td) => foldSpace($(td).text())).get();
      const expected = [1, 2, 3, 4, 5, 6].map((ordinal) => {
        const list = lists.get(`${ordinal}:${side}`);
        return !list ? 'not reported' : list.has(id) ? 'took part' : 'not listed';
      });
      expect(cells, id).toEqual(expected);
      expect(foldSpace($(tr).find('td.count').text()), id).toBe(String(expected.filter((cell) => cell === 'took part').length));
    });
  });

  it('says what each cell means in words, with a legend', () => {
    const words = new Set(table.find('td.cell').map((_, td) => foldSpace($(td).text())).get());
    expect([...words].sort()).toEqual(['not listed', 'not reported', 'took part']);
    expect($('.matrix-legend dt').map((_, dt) => $(dt).text()).get()).toEqual(['took part', 'not listed', 'not reported']);
  });

  it('the interior ministry is one row, and the 2024 newcomers are marked as such', () => {
    expect(table.find('a[href="/agencies/interior-ministry/"]')).toHaveLength(1);
    const sixthUs = $('#changes li:has(h3 a[href="/dialogues/6/"])').first();
    expect(foldSpace(sixthUs.find('h3').text())).toContain('U.S. delegation');
    expect(foldSpace(sixthUs.find('dt:contains("New") + dd').text())).toContain('Office of the National Cyber Director');
    expect(foldSpace(sixthUs.find('dt:contains("Not listed this time") + dd').text())).toContain('Department of Commerce');
  });
});

describe('a page per agency', () => {
  it('exists for every agency of the registry', () => {
    for (const [id, agency] of Object.entries(agencies)) {
      expect(foldSpace(readPage(`/agencies/${id}/`)('h1').text()), id).toBe(agency.name);
    }
  });

  it('ANSSI: its acronym, French name, the other names it appears under, and dialogues 2 and 6', () => {
    const $ = readPage('/agencies/anssi/');
    const facts = foldSpace($('dl.facts').text());
    expect(facts).toContain('ANSSI');
    expect($('dl.facts [lang="fr"]').text()).toBe("Agence nationale de la sécurité des systèmes d'information");
    expect(facts).toContain('“National Cybersecurity Agency (ANSSI)”');
    expect($('#dialogues ol > li > a').map((_, a) => $(a).attr('href')).get()).toEqual(['/dialogues/2/', '/dialogues/6/']);
    expect($('#releases .release-list li')).toHaveLength(2);
  });

  it('the French interior ministry: one agency under both names, the wording shown where used', () => {
    const $ = readPage('/agencies/interior-ministry/');
    expect(foldSpace($('h1').text())).toBe('Ministry of the Interior');
    expect(foldSpace($('dl.facts').text())).toContain('“Ministry of Home Affairs”');
    const items = $('#dialogues ol > li').map((_, li) => foldSpace($(li).text())).get();
    expect(items).toHaveLength(2);
    expect(items[0]).not.toContain('written');
    expect(items[1]).toContain('written “Ministry of Home Affairs”');
  });

  it('says for which dialogues its participation is not known', () => {
    const $ = readPage('/agencies/cisa/');
    expect($('#dialogues ol > li > a').map((_, a) => $(a).attr('href')).get()).toEqual(['/dialogues/6/']);
    const note = $('#dialogues p.note').last();
    expect(foldSpace(note.text())).toMatch(/^Whether it took part is not known for 4 dialogues/);
    expect(note.find('a').map((_, a) => $(a).attr('href')).get()).toEqual(['/dialogues/1/', '/dialogues/3/', '/dialogues/4/', '/dialogues/5/']);
  });

  it('links its official website safely', () => {
    const $ = readPage('/agencies/odni/');
    expect($('dl.facts a[href="https://www.dni.gov/"]').attr('rel')).toBe('noopener');
    expect(foldSpace($('dl.facts').text())).toContain('“Office of the Director for National Intelligence”');
  });
});
