/** The pages of the delegation leads and of the topics, read from the built site. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { ROOT } from '../helpers/paths.ts';

const people: Record<string, { name: string; country: string }> = parseYaml(readFileSync(`${ROOT}content/people.yaml`, 'utf8'));
const topics: Record<string, { name: string; description: string }> = parseYaml(readFileSync(`${ROOT}content/topics.yaml`, 'utf8'));

describe('delegation leads', () => {
  it('the index lists every person, by country, with the dialogues they led', () => {
    const $ = readPage('/people/');
    const linked = $('ul.people > li > a').map((_, a) => $(a).attr('href')).get();
    expect(linked.sort()).toEqual(Object.keys(people).map((id) => `/people/${id}/`).sort());
    expect(foldSpace($('#people-us').next('ul').text())).not.toContain('Henri Verdier');
    expect(foldSpace($('li:has(> a[href="/people/henri-verdier/"])').text())).toBe(
      'Henri Verdier — led the Fourth U.S.–France Cyber Dialogue and the Sixth U.S.–France Cyber Dialogue',
    );
  });

  it('every person has a page with their name', () => {
    for (const [id, person] of Object.entries(people)) expect(foldSpace(readPage(`/people/${id}/`)('h1').text()), id).toBe(person.name);
  });

  it('Henri Verdier: the title he held and the dialogues he led, each with its source', () => {
    const $ = readPage('/people/henri-verdier/');
    expect($('#titles li').map((_, li) => foldSpace($(li).text())).get()).toEqual([
      'Ambassador for Digital Affairs (at the Fourth U.S.–France Cyber Dialogue and the Sixth U.S.–France Cyber Dialogue)',
    ]);
    const led = $('#dialogues ol > li');
    expect(led.map((_, li) => $(li).children('a').attr('href')).get()).toEqual(['/dialogues/4/', '/dialogues/6/']);
    expect(led.eq(0).find('.note a').attr('href')).toBe('/dialogues/4/#sources');
    expect(led.eq(1).find('.note a').attr('href')).toBe('/releases/undated-sixth-us-france-cyber-dialogue/');
    expect($('#releases .release-list li')).toHaveLength(1);
  });

  it('Robert Strayer: his 2018 title as the release writes it', () => {
    const $ = readPage('/people/robert-strayer/');
    expect(foldSpace($('#dialogues').text())).toContain(
      'Led the U.S. delegation as Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State.',
    );
  });
});

describe('topics', () => {
  const index = readPage('/topics/');

  it('the index lists every topic with its description', () => {
    for (const [id, topic] of Object.entries(topics)) {
      const item = index(`ul.topics > li:has(> a[href="/topics/${id}/"])`);
      expect(item, id).toHaveLength(1);
      expect(foldSpace(item.find('p').text())).toBe(topic.description);
    }
  });

  it('the topics-by-dialogue table has a row per topic and says "not reported" for the dialogues without topics', () => {
    const table = index('table#topic-matrix');
    expect(table.find('tbody th[scope="row"]')).toHaveLength(Object.keys(topics).length);
    const column = (n: number) => table.find('tbody tr').map((_, tr) => foldSpace(index(tr).find('td.cell').eq(n - 1).text())).get();
    expect(new Set(column(1))).toEqual(new Set(['not reported']));
    expect(new Set(column(5))).toEqual(new Set(['not reported']));
    expect(new Set(column(6))).toEqual(new Set(['discussed', 'not mentioned']));
  });

  it('the table agrees with each dialogue page\'s topics', () => {
    const table = index('table#topic-matrix');
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const onPage = readPage(`/dialogues/${n}/`)('#topics a').map((_, a) => readPage(`/dialogues/${n}/`)(a).attr('href')).get();
      const discussed = table
        .find('tbody tr')
        .filter((_, tr) => foldSpace(index(tr).find('td.cell').eq(n - 1).text()) === 'discussed')
        .map((_, tr) => index(tr).find('th a').attr('href'))
        .get();
      expect(discussed.sort(), `dialogue ${n}`).toEqual(onPage.sort());
    }
  });

  it('every topic has a page; cybercrime lists dialogues 2, 4 and 6 with their sources', () => {
    for (const [id, topic] of Object.entries(topics)) expect(foldSpace(readPage(`/topics/${id}/`)('h1').text()), id).toBe(topic.name);
    const $ = readPage('/topics/cybercrime/');
    const items = $('#dialogues ol > li');
    expect(items.map((_, li) => $(li).children('a').attr('href')).get()).toEqual(['/dialogues/2/', '/dialogues/4/', '/dialogues/6/']);
    expect(items.eq(1).find('.note a').attr('href')).toBe('/dialogues/4/#sources');
    expect($('#releases .release-list li')).toHaveLength(2);
    expect(foldSpace($('#dialogues > p.note').text())).toContain('not known');
  });
});
