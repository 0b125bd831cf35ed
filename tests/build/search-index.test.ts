import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { htmlFiles, sitePathOf } from '../helpers/dist-files.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { indexedPages, type PagefindFragment } from '../helpers/pagefind-fragments.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { readNameList } from '../../src/lib/search-names.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';

const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';
/** The pages of each kind the search finds, by the folder of their URL. */
const KIND_FOLDERS = { release: 'releases', dialogue: 'dialogues', agency: 'agencies', person: 'people', topic: 'topics' } as const;

const pages = () => new Map(indexedPages(distDir()).map((page) => [page.url, page]));
const page = (url: string) => pages().get(url)!;

/** The words a page marks as its own (`data-pagefind-body`), without what is ignored inside them, in order. */
function ownWords($: CheerioAPI): string {
  const bodies = $('[data-pagefind-body]').clone();
  bodies.find('[data-pagefind-ignore]').remove();
  return foldSpace(bodies.map((_, element) => $(element).text()).get().join(' '));
}

/** Every word of a text, punctuation and case aside. */
const words = (text: string) => foldSpace(text).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(' ');

describe('the Pagefind index, written by the build', () => {
  it.each([
    ['at the root', distDir],
    ['under a sub-path', distSubpathDir],
  ])('is in the output folder %s', (_, dist) => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      expect(existsSync(join(dist(), 'pagefind', file)), file).toBe(true);
    }
  });

  it.each([
    ['at the root', distDir, '/'],
    ['under a sub-path', distSubpathDir, SUBPATH_BASE],
  ])('is marked in _headers as gzip-encoded exactly where its files are gzip (%s)', (_, dist, base) => {
    const rules = readHeadersFile(dist());
    const folder = join(dist(), 'pagefind');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile());
    let encoded = 0;
    for (const name of files) {
      const path = `${base}pagefind/${name}`;
      // gzip's magic number.
      const gzip = readFileSync(join(folder, name)).subarray(0, 2).toString('hex') === '1f8b';
      expect([path, headersForPath(rules, path)['Content-Encoding']]).toEqual([path, gzip ? 'gzip' : undefined]);
      if (gzip) encoded++;
    }
    // The wasm, the metadata, and at least one word index chunk, fragment and filter file.
    expect(encoded).toBeGreaterThanOrEqual(5);
  });

  it('holds every release, dialogue, agency, person and topic page, and nothing else', () => {
    const detailPages = htmlFiles(distDir())
      .map(sitePathOf)
      .filter((path) => Object.values(KIND_FOLDERS).some((folder) => new RegExp(`^/${folder}/[^/]+/$`).test(path)));
    expect(indexedPages(distDir()).map((indexed) => indexed.url).sort()).toEqual(detailPages.sort());
    for (const [kind, folder] of Object.entries(KIND_FOLDERS)) {
      const ofKind = indexedPages(distDir()).filter((indexed) => indexed.filters.kind?.[0] === kind);
      expect(ofKind.length, kind).toBeGreaterThan(0);
      expect(ofKind.every((indexed) => indexed.url.startsWith(`/${folder}/`)), kind).toBe(true);
    }
  });

  it('gives result URLs relative to the site, so the browser adds the base path', () => {
    expect(indexedPages(distSubpathDir()).map((indexed) => indexed.url).sort()).toEqual(indexedPages(distDir()).map((indexed) => indexed.url).sort());
  });

  it('indexes as each page’s text exactly the words it marks as its own, and files no excerpt from anything else', () => {
    for (const indexed of indexedPages(distDir())) {
      const own = ownWords(readPage(indexed.url));
      expect(own, indexed.url).not.toBe('');
      // Pagefind puts a full stop between blocks that do not end with one: the words are the same, in order.
      expect(words(indexed.content), indexed.url).toEqual(words(own));
    }
  });

  it('takes a release’s text alone, not its title, facts, delegation lists, topics, labels or notes', () => {
    const text = page(RELEASE_2018).content;
    const $ = readPage(RELEASE_2018);
    expect(text.startsWith('On February 7th and 8th, the United States and France')).toBe(true);
    expect(text.endsWith('the Ministry of the Armed Forces, and the Ministry of Justice.')).toBe(true);
    for (const label of ['Type of document', 'Media Note', 'Issued by', 'Dateline', 'Date of issue', 'Delegations', 'U.S. delegation', 'Led by', 'in the order listed', 'Other names of these agencies', 'also written', 'Topics', 'Cite this release', 'Where the text comes from']) {
      expect(text, label).not.toContain(label);
      expect(foldSpace($('main').text()), `${label} is on the page`).toContain(label);
    }
    // The pieces of the delegation lists that excerpts used to show.
    for (const piece of ['(FBI)', '(NIST)', '(DOS)', 'Ministry of Home Affairs', 'Ministère', 'Terrorism online', 'Office of the Spokesperson', 'February 9, 2018']) {
      expect(text, piece).not.toContain(piece);
    }
    expect(page(RELEASE_2024).content).not.toContain('(ANSSI)');
  });

  it('takes a dialogue’s text from what its sources say: the reported summary, or the passages of releases it quotes', () => {
    expect(page('/dialogues/4/').content).toContain('ransomware and other cybercrime');
    expect(page('/dialogues/3/').content).toContain('5G security');
    expect(page('/dialogues/1/').content).toBe('“This meeting builds on the inaugural France-U.S. cyber dialogue, which was held in Paris in September of 2016”');
    // Its delegations, dates and place are fields, not text.
    for (const url of ['/dialogues/4/', '/dialogues/6/']) {
      for (const label of ['Markoff', 'Verdier', 'Dates', 'Place', 'Delegations', 'Sources']) expect(page(url).content, `${url} ${label}`).not.toContain(label);
    }
  });

  it('takes an agency’s or a topic’s description as its text, and a lead’s titles', () => {
    expect(page('/agencies/anssi/').content).toBe("France's national authority for the security and defense of information systems.");
    expect(page('/topics/cybercrime/').content).toContain('including ransomware');
    expect(page('/people/michele-markoff/').content).toBe('acting Coordinator for Cyber Issues');
  });
});

describe('the fields a page is also found by, outside its text', () => {
  /** The names of one field, read back. */
  const names = (indexed: PagefindFragment, field: string) => readNameList(indexed.meta[field] ?? '');

  it('give a release its title, date, dialogue, office and dateline', () => {
    expect(page(RELEASE_2018).meta).toMatchObject({
      title: 'United States and France Strengthen Relationship on Cyber Policy',
      date: 'February 9, 2018',
      dialogue: 'Second U.S.–France Cyber Dialogue',
      office: 'Office of the Spokesperson',
      dateline: 'Washington, DC',
    });
    // Unknown: left out, not written as "not stated".
    expect(page(RELEASE_2024).meta).not.toHaveProperty('date');
    expect(page(RELEASE_2024).meta.dialogue).toBe('Sixth U.S.–France Cyber Dialogue');
  });

  it('list per agency of a release the names its text does not say, led by the agency’s name', () => {
    const older = page(RELEASE_2018);
    const newer = page(RELEASE_2024);
    const agencyFields = (indexed: PagefindFragment, side: 'us' | 'fr') => Object.keys(indexed.meta).filter((field) => new RegExp(`^${side}\\d+$`).test(field)).map((field) => names(indexed, field));
    // 2018 writes "Ministry of the Interior"; the 2024 note's "Ministry of Home Affairs" is another name of it.
    expect(agencyFields(older, 'fr')).toContainEqual({ name: 'Ministry of the Interior', local: "Ministère de l'Intérieur", others: ['Ministry of Home Affairs'] });
    expect(agencyFields(newer, 'fr')).toContainEqual({ name: 'Ministry of the Interior', wording: 'Ministry of Home Affairs', local: "Ministère de l'Intérieur", others: [] });
    // 2024 says "the National Cybersecurity Agency" and "the Federal Bureau of Investigation", without acronyms.
    expect(agencyFields(newer, 'fr')).toContainEqual(expect.objectContaining({ name: 'National Cybersecurity Agency', acronym: 'ANSSI' }));
    expect(agencyFields(newer, 'us')).toContainEqual({ name: 'Federal Bureau of Investigation', acronym: 'FBI', others: [] });
    // A release's leads are in its text: no field repeats them.
    expect(older.meta).not.toHaveProperty('us-lead');
    // Topics its text does not name ("terrorist purposes" is not "Terrorism online").
    expect(names(older, 'topics').others).toContain('Terrorism online');
    expect(names(older, 'topics').others).not.toContain('Cybercrime');
  });

  it('give a dialogue, an agency, a person and a topic their name, with Pagefind’s page title left empty', () => {
    const fourth = page('/dialogues/4/');
    expect(fourth.meta).toMatchObject({ title: '', name: 'Fourth U.S.–France Cyber Dialogue', when: 'January 13–14, 2022', place: 'virtual' });
    expect(names(fourth, 'dus-lead')).toEqual({ name: 'Michele Markoff', others: ['acting Coordinator for Cyber Issues'] });
    expect(page('/agencies/interior-ministry/').meta).toMatchObject({ title: '', name: 'Ministry of the Interior' });
    expect(names(page('/agencies/interior-ministry/'), 'also').others).toEqual(['Ministry of Home Affairs']);
    expect(page('/people/henri-verdier/').meta).toEqual({ title: '', name: 'Henri Verdier' });
    expect(page('/topics/emerging-technologies/').meta).toEqual({ title: '', name: 'Emerging technologies' });
  });

  it('file each page under its kind and its filter values, by id', () => {
    const older = page(RELEASE_2018).filters;
    const newer = page(RELEASE_2024).filters;
    expect(older).toMatchObject({ kind: ['release'], year: ['2018'], dialogue: ['2'], type: ['media-note'] });
    // No date of issue: filed under the year of the dialogue it reports.
    expect(newer.year).toEqual(['2024']);
    expect(older.agency).toContain('odni');
    expect(newer.agency).toEqual(expect.arrayContaining(['cisa', 'oncd', 'anssi', 'interior-ministry']));
    expect(newer.topic).toContain('cybercrime');
    expect(page('/dialogues/4/').filters).toMatchObject({ kind: ['dialogue'], dialogue: ['4'], year: ['2022'], country: ['us', 'fr'] });
    expect(page('/agencies/anssi/').filters).toMatchObject({ kind: ['agency'], agency: ['anssi'], country: ['fr'] });
    expect(page('/people/michele-markoff/').filters).toMatchObject({ kind: ['person'], country: ['us'] });
    expect(page('/topics/cybercrime/').filters).toMatchObject({ kind: ['topic'], topic: ['cybercrime'] });
  });

  it('files each page under the day that orders searches without words, instead of a Pagefind sort', () => {
    const day = (url: string) => page(url).filters.day;
    // 2024 has no date of issue: it is filed under the last day of the dialogue it reports.
    expect([day(RELEASE_2018), day(RELEASE_2024), day('/dialogues/1/'), day('/dialogues/5/'), day('/topics/cybercrime/')]).toEqual([
      ['2018-02-09'],
      ['2024-03-12'],
      ['2016-09-30'],
      ['undated'],
      ['undated'],
    ]);
    // A sort would add a number per page to the meta file that every search loads.
    for (const url of [RELEASE_2018, '/dialogues/4/']) expect(readPage(url)('[data-pagefind-sort]').length).toBe(0);
  });

  it('records no sub-result anchors, which results never show, although paragraphs and sections have ids', () => {
    for (const indexed of indexedPages(distDir())) expect(indexed.anchors, indexed.url).toEqual([]);
    expect(readPage(RELEASE_2018)('.release-body #p1, #us-delegation, #france-delegation, #topics-heading').length).toBe(4);
  });

  it('writes the fields and filters as empty elements outside the page’s text', () => {
    for (const url of [RELEASE_2018, '/dialogues/6/', '/agencies/anssi/']) {
      const $ = readPage(url);
      const marks = $('[data-pagefind-meta], [data-pagefind-filter]');
      expect(marks.length, url).toBeGreaterThan(3);
      expect(marks.filter((_, mark) => $(mark).text() !== '' || $(mark).closest('[data-pagefind-body]').length > 0).length, url).toBe(0);
    }
  });
});

describe('release pages show the other names search finds them by', () => {
  it('2018: the name the 2024 note uses for the Ministry of the Interior', () => {
    const $ = readPage(RELEASE_2018);
    const section = $('section.other-names');
    expect(foldSpace(section.find('h3').text())).toBe('Other names of these agencies');
    expect(foldSpace(section.text())).toContain('Ministry of the Interior: also written “Ministry of Home Affairs”');
  });

  it('2024: does not repeat the wording it uses itself', () => {
    const text = foldSpace(readPage(RELEASE_2024)('section.other-names').text());
    expect(text).not.toContain('Ministry of the Interior');
    expect(text).toContain('Department of State: also written “U.S. Department of State”');
  });
});

describe('the header search form', () => {
  it.each([
    ['/', distDir, '/'],
    [RELEASE_2018, distDir, '/'],
    ['/releases/', distSubpathDir, SUBPATH_BASE],
  ])('on %s goes to the search page with a labelled q field', (path, dist, base) => {
    const $ = readPage(path, dist());
    const form = $('header form[role="search"]');
    expect(form.attr('action')).toBe(`${base}search/`);
    expect(form.attr('method')).toBe('get');
    const input = form.find('input[name="q"]');
    expect(input.attr('type')).toBe('search');
    expect(foldSpace(form.find(`label[for="${input.attr('id')}"]`).text())).toBe('Search the archive');
    expect(form.find('button[type="submit"]').text()).toBe('Search');
  });
});

describe('the search page', () => {
  const $ = readPage('/search/');

  it('tells people without JavaScript what to do, with links to browse', () => {
    const noscript = $('noscript').html() ?? '';
    expect(noscript).toContain('Search needs JavaScript');
    expect(noscript).toContain('href="/releases/"');
    expect(noscript).toContain('href="/agencies/"');
    expect(noscript).toContain('href="/topics/"');
  });

  it('has a labelled search field in a search form that submits the URL format', () => {
    const form = $('form#search-form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(foldSpace($('label[for="search-query"]').text())).toBe('Words to search for');
    expect($('#search-query').attr('name')).toBe('q');
  });

  it('offers the filters whose choice can change a result, the kind of page first, and fetches their values as ids with labels', () => {
    const legends = $('fieldset legend').map((_, legend) => foldSpace($(legend).text())).get();
    // Every kind of page is filed under a country but topics: the country filter can narrow a search now.
    expect(legends).toEqual(['Kind of page', 'Agency', 'Country of a delegation', 'Topic', 'Year', 'Type of document', 'Dialogue']);
    // The page carries no values, so that its weight does not grow with the archive.
    expect($('input[type="checkbox"]').length).toBe(0);
    const values = (key: string) => {
      const list = $(`details[data-filter="${key}"] ul[data-values]`);
      const file = join(distDir(), list.attr('data-values')!);
      return JSON.parse(readFileSync(file, 'utf8')) as { value: string; label: string }[];
    };
    expect(values('kind').map((option) => option.value)).toEqual(['release', 'dialogue', 'agency', 'person', 'topic']);
    expect(values('agency')).toContainEqual({ value: 'anssi', label: 'National Cybersecurity Agency (ANSSI)' });
    expect(values('year').map((option) => option.value)).toEqual(['2024', '2022', '2020', '2018', '2016']);
    expect(values('dialogue').map((option) => option.value)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(values('country').map((option) => option.label)).toEqual(['U.S.', 'France']);
  });

  it('fetches the values from under the base path when built under a sub-path', () => {
    const subpath = readPage('/search/', distSubpathDir());
    const list = subpath('details[data-filter="topic"] ul[data-values]');
    expect(list.attr('data-values')).toBe(`${SUBPATH_BASE}search/filter-values/topic.json`);
    expect(existsSync(join(distSubpathDir(), 'search/filter-values/topic.json'))).toBe(true);
  });

  it('explains the year rule next to the year filter', () => {
    const year = $('fieldset').filter((_, fieldset) => $(fieldset).find('legend').text() === 'Year');
    const note = $(`#${year.attr('aria-describedby')}`);
    expect(foldSpace(note.text())).toBe('The year of issue; for a release whose date of issue is not stated, the year of the dialogue it reports.');
  });

  it('has a live region for the count, a list for results and one for those found apart, and a way to clear filters', () => {
    expect($('#search-status').attr('role')).toBe('status');
    expect($('ol#search-results').attr('aria-labelledby')).toBe('results-heading');
    expect($('ol#search-other-list').attr('aria-labelledby')).toBe('other-results-heading');
    expect(foldSpace($('#search-clear-filters').text())).toBe('Clear all filters');
  });

  it('fetches Pagefind’s code and WebAssembly with the page, under the base path', () => {
    for (const [dist, base] of [[distDir(), '/'], [distSubpathDir(), SUBPATH_BASE]] as const) {
      const page = readPage('/search/', dist);
      expect(page('link[rel="modulepreload"]').attr('href')).toBe(`${base}pagefind/pagefind.js`);
      const wasm = page('link[rel="preload"][as="fetch"]');
      expect(wasm.attr('href')).toBe(`${base}pagefind/wasm.en.pagefind`);
      // The file Pagefind fetches for the page's language, so that the preload is used, never fetched twice.
      expect(existsSync(join(dist, wasm.attr('href')!.slice(base.length)))).toBe(true);
      expect(page('html').attr('lang')).toBe('en');
    }
  });
});
