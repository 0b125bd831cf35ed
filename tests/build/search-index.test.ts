import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { indexedPages } from '../helpers/pagefind-fragments.ts';
import { ROOT, SUBPATH_BASE } from '../helpers/paths.ts';
import { mdxBodyText } from '../../src/lib/mentions.ts';

const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';

describe('the Pagefind index, written by the build', () => {
  it.each([
    ['at the root', distDir],
    ['under a sub-path', distSubpathDir],
  ])('is in the output folder %s', (_, dist) => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      expect(existsSync(join(dist(), 'pagefind', file)), file).toBe(true);
    }
  });

  it('holds the release pages and nothing else', () => {
    expect(indexedPages(distDir()).map((page) => page.url).sort()).toEqual([RELEASE_2018, RELEASE_2024]);
  });

  it('gives result URLs relative to the site, so the browser adds the base path', () => {
    expect(indexedPages(distSubpathDir()).map((page) => page.url).sort()).toEqual([RELEASE_2018, RELEASE_2024]);
  });

  it('files each release under its filter values, by id', () => {
    const pages = new Map(indexedPages(distDir()).map((page) => [page.url, page]));
    const older = pages.get(RELEASE_2018)!.filters;
    const newer = pages.get(RELEASE_2024)!.filters;
    expect(older.year).toEqual(['2018']);
    // No date of issue: filed under the year of the dialogue it reports.
    expect(newer.year).toEqual(['2024']);
    expect(older.agency).toContain('odni');
    expect(older.agency).not.toContain('cisa');
    expect(newer.agency).toEqual(expect.arrayContaining(['cisa', 'oncd', 'anssi', 'interior-ministry']));
    expect(newer.country).toEqual(['us', 'fr']);
    expect(newer.dialogue).toEqual(['6']);
    expect(newer.type).toEqual(['media-note']);
    expect(newer.topic).toContain('cybercrime');
  });

  it('keeps title, date and dialogue for the result list', () => {
    const pages = new Map(indexedPages(distDir()).map((page) => [page.url, page]));
    expect(pages.get(RELEASE_2018)!.meta).toMatchObject({
      title: 'United States and France Strengthen Relationship on Cyber Policy',
      date: 'February 9, 2018',
      dialogue: 'Second U.S.–France Cyber Dialogue',
    });
    expect(pages.get(RELEASE_2024)!.meta).toMatchObject({ date: 'date of issue not stated in the source', dialogue: 'Sixth U.S.–France Cyber Dialogue' });
  });

  it('indexes the facts that tell releases apart as separate words, not what every release repeats', () => {
    const older = indexedPages(distDir()).find((page) => page.url === RELEASE_2018)!;
    expect(older.content).toContain('Office of the Spokesperson Washington, DC');
    // Labels, the issuer and boilerplate notes would match every search; the type and dialogue are filters.
    for (const repeated of ['Type of document', 'Media Note', 'Issued by', 'Dateline', 'Date of issue', 'Reports', 'U.S. Department of State, Office', 'As this release reports them', 'in the order listed', 'a search for any of these names', 'Delegations', 'U.S. delegation', 'French delegation', 'Other names of these agencies', 'Topics']) {
      expect(older.content, repeated).not.toContain(repeated);
    }
    // The date is shown in results from the metadata, not searched as text.
    expect(older.content).not.toContain('February 9, 2018');
    expect(older.meta.date).toBe('February 9, 2018');
    // Where our copy comes from is not what the release says.
    expect(older.content).not.toContain('000_04e67a5f582b5571');
  });

  it('drops the punctuation of a name it does not index, so that excerpts show no stray ", ," or "( )"', () => {
    for (const page of indexedPages(distDir())) expect(page.content, page.url).not.toMatch(/\(\s*\)|[.,:;]\s+[,:;]/);
    const newer = indexedPages(distDir()).find((page) => page.url === RELEASE_2024)!.content;
    // What is indexed keeps its punctuation: an acronym the text does not say, with the French name after it.
    expect(newer).toContain("(MEAE), Ministère de l'Europe et des Affaires étrangères");
  });

  it('records no sub-result anchors, which results never show, although paragraphs and sections have ids', () => {
    for (const page of indexedPages(distDir())) {
      expect(page.anchors, page.url).toEqual([]);
      const $ = readPage(page.url.slice(1));
      expect($('.release-body #p1, #us-delegation, #france-delegation, #topics-heading').length, page.url).toBe(4);
    }
  });

  it('indexes a name from the delegation lists only where the release text does not already say it', () => {
    const pages = new Map(indexedPages(distDir()).map((page) => [page.url, page.content]));
    const count = (text: string, phrase: string) => text.split(phrase).length - 1;
    const newer = pages.get(RELEASE_2024)!;
    // Said by the text, once each: the lists add nothing a search could find.
    expect(count(newer, 'Federal Bureau of Investigation')).toBe(1);
    expect(count(newer, 'Henri Verdier')).toBe(1);
    // Not said by the text: the acronym and the registry's name, found through the lists.
    expect(count(newer, 'CISA')).toBe(1);
    expect(count(newer, 'Ministry of the Interior')).toBe(1);
    const older = pages.get(RELEASE_2018)!;
    expect(count(older, 'Office of the Director of National Intelligence (ODNI)')).toBe(1);
    expect(count(older, 'Ministry of Home Affairs')).toBe(1);
    // Topics likewise: 2018 says "cybercrime"; it never says "Terrorism online", which its topic list adds.
    const body = readFileSync(join(ROOT, 'content/releases', `${RELEASE_2018.split('/')[2]}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(count(mdxBodyText(body).toLowerCase(), 'cybercrime')).toBeGreaterThan(0);
    expect(count(older.toLowerCase(), 'cybercrime')).toBe(count(mdxBodyText(body).toLowerCase(), 'cybercrime'));
    expect(count(older, 'Terrorism online')).toBe(1);
  });

  it('files each release under the day that orders searches without words, instead of a Pagefind sort', () => {
    const days = Object.fromEntries(indexedPages(distDir()).map((page) => [page.url, page.filters.day]));
    // 2024 has no date of issue: it is filed under the last day of the dialogue it reports.
    expect(days).toEqual({ [RELEASE_2018]: ['2018-02-09'], [RELEASE_2024]: ['2024-03-12'] });
    // A sort would add a number per release to the meta file that every search loads.
    for (const page of [RELEASE_2018, RELEASE_2024]) expect(readPage(page.slice(1))('[data-pagefind-sort]').length).toBe(0);
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

  it('has a fieldset per filter with a legend, whose values it fetches as ids with labels', () => {
    const legends = $('fieldset legend').map((_, legend) => foldSpace($(legend).text())).get();
    expect(legends).toEqual(['Agency', 'Country of a delegation', 'Topic', 'Year', 'Type of document', 'Dialogue']);
    // The page carries no values, so that its weight does not grow with the archive.
    expect($('input[type="checkbox"]').length).toBe(0);
    const values = (key: string) => {
      const list = $(`details[data-filter="${key}"] ul[data-values]`);
      const file = join(distDir(), list.attr('data-values')!);
      return JSON.parse(readFileSync(file, 'utf8')) as { value: string; label: string }[];
    };
    expect(values('agency')).toContainEqual({ value: 'anssi', label: 'National Cybersecurity Agency (ANSSI)' });
    expect(values('year').map((option) => option.value)).toEqual(['2024', '2018']);
    expect(values('dialogue').map((option) => option.value)).toEqual(['2', '6']);
    expect(values('country').map((option) => option.label)).toEqual(['U.S.', 'France']);
  });

  it('fetches the values from under the base path when built under a sub-path', () => {
    const page = readPage('/search/', distSubpathDir());
    const list = page('details[data-filter="topic"] ul[data-values]');
    expect(list.attr('data-values')).toBe(`${SUBPATH_BASE}search/filter-values/topic.json`);
    expect(existsSync(join(distSubpathDir(), 'search/filter-values/topic.json'))).toBe(true);
  });

  it('explains the year rule next to the year filter', () => {
    const year = $('fieldset').filter((_, fieldset) => $(fieldset).find('legend').text() === 'Year');
    const note = $(`#${year.attr('aria-describedby')}`);
    expect(foldSpace(note.text())).toBe('The year of issue; for a release whose date of issue is not stated, the year of the dialogue it reports.');
  });

  it('has a live region for the count and a list for results', () => {
    expect($('#search-status').attr('role')).toBe('status');
    expect($('ol#search-results').attr('aria-labelledby')).toBe('results-heading');
  });
});
