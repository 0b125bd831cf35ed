import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DELEGATION_SECTION, foldSpace, readPage } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/builds.ts';
import { ROOT } from '../helpers/paths.ts';

const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';

/** The body of a seed as issued (its raw file, kept in content/sources/): its lines after the header, minus the debris named here. */
function seedBody(file: string, headerLines: number, debris: RegExp[]): string {
  const lines = readFileSync(`${ROOT}content/sources/${file}`, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return foldSpace(
    lines
      .slice(headerLines)
      .filter((line) => !debris.some((pattern) => pattern.test(line)))
      .join(' '),
  );
}

function renderedBody(path: string): string {
  const $ = readPage(path);
  return foldSpace($('.release-body p').map((_, p) => $(p).text()).get().join(' '));
}

describe('release bodies are the text as issued', () => {
  it('2018: every word of the seed after its header, without the site footer', () => {
    // Header: title line, "Media Note", office, dateline, date.
    const expected = seedBody('2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt', 5, [/^The Office of Website Management, Bureau of Public Affairs/]);
    expect(expected).toMatch(/^On February 7th and 8th/);
    expect(expected).toMatch(/Ministry of Justice\.$/);
    expect(renderedBody(RELEASE_2018)).toBe(expected);
  });

  it('2024: every word of the seed after the HTML fragment and its "Media Note" line', () => {
    const expected = seedBody('undated-sixth-us-france-cyber-dialogue.txt', 1, []);
    expect(expected).toMatch(/^On March 11-12, 2024/);
    expect(renderedBody(RELEASE_2024)).toBe(expected);
  });

  it('keeps paragraphs as issued', () => {
    expect(readPage(RELEASE_2018)('.release-body p')).toHaveLength(3);
    expect(readPage(RELEASE_2024)('.release-body p')).toHaveLength(3);
  });
});

describe('release pages show every field', () => {
  it('2018: title, type, office, dateline, date of issue, dialogue', () => {
    const $ = readPage(RELEASE_2018);
    expect(foldSpace($('h1').text())).toBe('United States and France Strengthen Relationship on Cyber Policy');
    const facts = Object.fromEntries(
      $('dl.facts dt')
        .map((_, dt) => [[foldSpace($(dt).text()), foldSpace($(dt).next('dd').text())]])
        .get(),
    );
    expect(facts).toMatchObject({
      'Type of document': 'Media Note',
      'Issued by': 'U.S. Department of State, Office of the Spokesperson',
      Dateline: 'Washington, DC',
      'Date of issue': 'February 9, 2018',
      Reports: 'Second U.S.–France Cyber Dialogue, February 7–8, 2018, place not known',
    });
    expect($('dl.facts time[datetime="2018-02-09"]')).toHaveLength(1);
    expect($('dl.facts a[href="/dialogues/2/"]').text()).toBe('Second U.S.–France Cyber Dialogue');
  });

  it('2024: says plainly what the source does not state', () => {
    const $ = readPage(RELEASE_2024);
    expect(foldSpace($('h1').text())).toBe('Sixth U.S.-France Cyber Dialogue');
    const text = foldSpace($('dl.facts').text());
    expect(text).toContain('date of issue not stated in the source');
    expect(text).toContain('office not stated in the source');
    expect(text).toContain('Sixth U.S.–France Cyber Dialogue, March 11–12, 2024, Washington, D.C., United States');
    // The title is not in the scraped text, so its source is cited.
    expect($('a[href="https://miragenews.com/sixth-us-france-cyber-dialogue-1195267"]')).toHaveLength(1);
  });

  it('lists both delegations with their leads, titles and agencies', () => {
    const $ = readPage(RELEASE_2018);
    const us = foldSpace($(DELEGATION_SECTION.us).text());
    expect(us).toContain('Led by Robert Strayer, Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State');
    expect($(`${DELEGATION_SECTION.us} ol li`)).toHaveLength(9);
    expect(us).toContain('Office of the Director of National Intelligence (ODNI) — written “Office of the Director for National Intelligence”');
    const fr = foldSpace($(DELEGATION_SECTION.fr).text());
    expect(fr).toContain('Led by David Martinon, Ambassador for Digital Affairs');
    expect($(`${DELEGATION_SECTION.fr} ol li`)).toHaveLength(5);
    expect(fr).toContain('National Cybersecurity Agency (ANSSI)');

    const $2024 = readPage(RELEASE_2024);
    expect($2024(`${DELEGATION_SECTION.us} ol li`)).toHaveLength(11);
    expect($2024(`${DELEGATION_SECTION.fr} ol li`)).toHaveLength(6);
    expect(foldSpace($2024(DELEGATION_SECTION.fr).text())).toContain("Ministry of the Interior, Ministère de l'Intérieur — written “Ministry of Home Affairs”");
  });

  it('links agency and person mentions in the text without changing the words', () => {
    const $ = readPage(RELEASE_2024);
    expect($('.release-body a[href="/agencies/dod/"]').text()).toBe('Defense');
    expect($('.release-body a[href="/agencies/state/"]').text()).toBe('State');
    expect($('.release-body a[href="/agencies/interior-ministry/"]').text()).toBe('Ministry of Home Affairs');
    expect($('.release-body a[href="/people/liesyl-franz/"]').text()).toBe('Liesyl Franz');
  });

  it('lists topics and where the text comes from', () => {
    const $ = readPage(RELEASE_2018);
    expect($('#topics-heading').next('ul').find('a').map((_, a) => $(a).attr('href')).get()).toContain('/topics/cybercrime/');
    expect(foldSpace($('.source').text())).toContain(
      'The file as received: the text as scraped (000_04e67a5f582b5571.txt, served as plain text in UTF-8). The SHA-256 of the file as received, checked at every build: 7896d1fc',
    );
    const raw = $('.source a[type="text/plain"]').attr('href')!;
    expect(raw).toBe('/sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt');
    // The raw file, served byte for byte: a UTF-8 file needs no conversion.
    expect(readFileSync(`${distDir()}${raw.slice(1)}`)).toEqual(readFileSync(`${ROOT}content/sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt`));
  });
});

describe('release list and home page', () => {
  it('lists every release, newest first', () => {
    const $ = readPage('/releases/');
    const hrefs = $('.release-list h2 a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual([RELEASE_2024, RELEASE_2018]);
  });

  it('shows the latest release and the six dialogues on the home page', () => {
    const $ = readPage('/');
    expect($('.release-list a').first().attr('href')).toBe(RELEASE_2024);
    expect($('ol.series li')).toHaveLength(6);
  });

  it('has a 404 page', () => {
    expect(foldSpace(readPage('/404.html')('h1').text())).toBe('Page not found');
  });
});
