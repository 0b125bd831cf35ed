/**
 * Recurring passages in the built site: the notes on both seed releases, the /language/ page and
 * /data/recurring-passages.json, and that none of them changes the releases' words or the search index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { indexedPages } from '../helpers/pagefind-fragments.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { dataFile, dataFileFields } from '../../src/lib/data-files.ts';
import { recurringPassagesFileSchema, type RecurringPassagesFile } from '../../src/schemas/open-data/recurring-passages-file.ts';

const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';
const TITLE_2018 = 'United States and France Strengthen Relationship on Cyber Policy';
const TITLE_2024 = 'Sixth U.S.-France Cyber Dialogue';
const FRAMEWORK_2018 =
  'reaffirmed their support for a framework of responsible state behavior in cyberspace, based on the applicability of existing international law, ' +
  'adherence to non-binding peacetime norms of state behavior, and implementation of practical confidence building measures';
const FRAMEWORK_2024 = FRAMEWORK_2018.replace('for a framework', 'for the framework').replace('the applicability of', 'respect for');

const readData = (dist = distDir()): RecurringPassagesFile => JSON.parse(readFileSync(join(dist, 'data', 'recurring-passages.json'), 'utf8'));
/** The notes under paragraph n of a release page. */
const notesOf = (path: string, n: number) => {
  const $ = readPage(path);
  return { $, notes: $(`#p${n}`).closest('.para').find('ul.passage-notes') };
};

describe('notes on the release pages', () => {
  it('mark the 2018 framework passage as first in the archive, repeated in 2024 ¶2', () => {
    const { $, notes } = notesOf(RELEASE_2018, 1);
    expect(notes).toHaveLength(1);
    const text = foldSpace(notes.text());
    expect(text).toContain('Recurring passage “reaffirmed their support for … practical confidence building measures”: first in the archive here; repeated in');
    expect(notes.find(`a[href="${RELEASE_2024}#p2"]`).text()).toBe(`${TITLE_2024}, ¶2`);
    expect(notes.find('a').last().text()).toBe('Compare the wording');
    expect(notes.find('a').last().attr('href')).toMatch(/^\/language\/#passage-2018-02-09-/);
    expect($('.para ul.passage-notes')).toHaveLength(2);
  });

  it('mark the 2024 passage as first in the 2018 note ¶1, with its two changes', () => {
    const { notes } = notesOf(RELEASE_2024, 2);
    expect(notes).toHaveLength(1);
    const first = notes.find(`a[href="${RELEASE_2018}#p1"]`);
    expect(first.text()).toBe(`${TITLE_2018}, ¶1`);
    expect(foldSpace(notes.text())).toContain(`first in ${TITLE_2018}, ¶1 (February 9, 2018), with 2 changes.`);
    expect(notes.find('time').attr('datetime')).toBe('2018-02-09');
  });

  it('quote words that stand in the paragraph they sit under', () => {
    for (const [path, n] of [[RELEASE_2018, 1], [RELEASE_2018, 3], [RELEASE_2024, 2], [RELEASE_2024, 3]] as const) {
      const { $, notes } = notesOf(path, n);
      const paragraph = foldSpace($(`#p${n}`).closest('.para').children('p').text());
      const quote = /“(.+?) … (.+?)”/.exec(foldSpace(notes.text()))!;
      expect(paragraph, `${path} ¶${n}`).toContain(quote[1]);
      expect(paragraph, `${path} ¶${n}`).toContain(quote[2]);
    }
  });

  it('sit beside the text, out of its paragraphs and out of the search index, linking to anchors that exist', () => {
    for (const path of [RELEASE_2018, RELEASE_2024]) {
      const $ = readPage(path);
      $('ul.passage-notes').each((_, ul) => {
        expect($(ul).attr('data-pagefind-ignore')).toBeDefined();
        expect($(ul).closest('p')).toHaveLength(0);
        expect($(ul).prev().is('a.para-link')).toBe(true);
        $(ul)
          .find('a[href]')
          .each((__, a) => {
            const [target, fragment] = $(a).attr('href')!.split('#') as [string, string];
            expect(readPage(target)(`[id="${fragment}"]`), $(a).attr('href')).toHaveLength(1);
          });
      });
    }
    for (const page of indexedPages(distDir())) {
      expect(page.content).not.toContain('Recurring passage');
      expect(page.content).not.toContain('Compare the wording');
    }
  });

  it('link under the sub-path', () => {
    const $ = readPage(RELEASE_2024, distSubpathDir());
    const hrefs = $('ul.passage-notes a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(SUBPATH_BASE)).toBe(true);
  });
});

describe('/language/', () => {
  const $ = readPage('/language/');
  const passages = $('section.passage');

  it('lists the passages the two releases share, each where it first appears', () => {
    expect(passages).toHaveLength(readData().passages.length);
    expect(passages).toHaveLength(2);
    const framework = passages.first();
    expect(framework.find('.where').first().find('a').attr('href')).toBe(`${RELEASE_2018}#p1`);
    expect(foldSpace(framework.find('blockquote').text())).toBe(FRAMEWORK_2018);
  });

  it('shows each later appearance with the words that changed, word by word', () => {
    const framework = passages.first();
    const later = framework.find('ul.variants > li');
    expect(later).toHaveLength(1);
    expect(later.find('.where a').attr('href')).toBe(`${RELEASE_2024}#p2`);
    expect(foldSpace(later.find('.where').text())).toContain('2 changes');
    const diff = later.find('.passage-diff');
    expect(diff.find('del').map((_, del) => foldSpace($(del).clone().find('.visually-hidden').remove().end().text())).get()).toEqual(['a', 'the applicability of']);
    expect(diff.find('ins').map((_, ins) => foldSpace($(ins).clone().find('.visually-hidden').remove().end().text())).get()).toEqual(['the', 'respect for']);
    // Without what was struck out and the hidden labels, the difference reads as the 2024 text.
    const clone = diff.clone();
    clone.find('del, .visually-hidden').remove();
    expect(foldSpace(clone.text())).toBe(FRAMEWORK_2024);
  });

  it('says a repeat without change is word for word', () => {
    expect(foldSpace(passages.eq(1).find('ul.variants > li .where').text())).toMatch(/word for word\.$/);
    expect(passages.eq(1).find('.passage-diff')).toHaveLength(0);
  });

  it('says what counts as a match, and links to the data', () => {
    const rules = foldSpace($('#what-counts').text());
    expect(rules).toContain('at least 12 words in a row');
    expect($('#what-counts a[href="/data/recurring-passages.json"]')).toHaveLength(1);
  });
});

describe('/data/recurring-passages.json', () => {
  const data = readData();

  it('has the shape its schema documents on /about/', () => {
    expect(recurringPassagesFileSchema.parse(data)).toEqual(data);
    const $ = readPage('/about/');
    const documented = $('#fields-recurring-passages tbody th code').map((_, code) => $(code).text()).get();
    expect(documented).toEqual(dataFileFields(dataFile('recurring-passages')).map((field) => field.field));
    expect(new URL(data.documentation).hash).toBe('#data');
    expect($('#data-recurring-passages')).toHaveLength(1);
  });

  it('gives release ids, paragraph anchors and the words, as the release pages have them', () => {
    const [framework] = data.passages as [RecurringPassagesFile['passages'][number]];
    expect(framework.first).toMatchObject({ release: RELEASE_2018.split('/')[2], paragraph: 'p1', words: FRAMEWORK_2018 });
    expect(framework.later).toMatchObject([{ release: RELEASE_2024.split('/')[2], paragraph: 'p2', words: FRAMEWORK_2024, changes: [{ from: 'a', to: 'the' }, { from: 'the applicability of', to: 'respect for' }] }]);
    for (const passage of data.passages) {
      for (const appearance of [passage.first, ...passage.later]) {
        const url = new URL(appearance.url);
        expect(url.hash).toBe(`#${appearance.paragraph}`);
        const $page = readPage(url.pathname);
        expect(foldSpace($page(`#${appearance.paragraph}`).closest('.para').children('p').text())).toContain(appearance.words);
      }
      expect(readPage('/language/')(`[id="${passage.id}"]`)).toHaveLength(1);
    }
  });

  it('has absolute URLs under the sub-path', () => {
    const sub = readData(distSubpathDir());
    expect(new URL(sub.passages[0]!.url).pathname).toBe(`${SUBPATH_BASE}language/`);
    expect(new URL(sub.passages[0]!.first.url).pathname).toBe(`${SUBPATH_BASE}${RELEASE_2018.slice(1)}`);
  });
});
