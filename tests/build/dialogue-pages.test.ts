/** The timeline of the series and the page of each dialogue, read from the built site. */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distSubpathDir } from '../helpers/builds.ts';
import { DELEGATION_SECTION, foldSpace, readPage } from '../helpers/dist-pages.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

const RELEASE_2018 = '/releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const RELEASE_2024 = '/releases/undated-sixth-us-france-cyber-dialogue/';

/** The facts list of a timeline item, as { label: text }. */
function facts($: CheerioAPI, item: Parameters<CheerioAPI>[0]): Record<string, string> {
  return Object.fromEntries(
    $(item)
      .find('dl.facts dt')
      .map((_, dt) => [[foldSpace($(dt).text()), foldSpace($(dt).next('dd').text())]])
      .get(),
  );
}

describe('the timeline', () => {
  const $ = readPage('/dialogues/');
  const items = $('ol.timeline > li');

  it('lists the six dialogues first to latest, numbered by their ordinals', () => {
    expect(items).toHaveLength(6);
    expect(items.map((_, li) => $(li).attr('value')).get()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(items.map((_, li) => foldSpace($(li).find('h2').text())).get()).toEqual([
      'First U.S.–France Cyber Dialogue',
      'Second U.S.–France Cyber Dialogue',
      'Third U.S.–France Cyber Dialogue',
      'Fourth U.S.–France Cyber Dialogue',
      'Fifth U.S.–France Cyber Dialogue',
      'Sixth U.S.–France Cyber Dialogue',
    ]);
    expect(items.map((_, li) => $(li).find('h2 a').attr('href')).get()).toEqual(['/dialogues/1/', '/dialogues/2/', '/dialogues/3/', '/dialogues/4/', '/dialogues/5/', '/dialogues/6/']);
  });

  it('gives the dates at the precision known, with machine-readable times', () => {
    expect(items.map((_, li) => facts($, li).Dates).get()).toEqual([
      'September 2016',
      'February 7–8, 2018',
      'January 22, 2020',
      'January 13–14, 2022',
      'date not known',
      'March 11–12, 2024',
    ]);
    expect(items.map((_, li) => $(li).find('time').map((__, t) => $(t).attr('datetime')).get().join(' ')).get()).toEqual([
      '2016-09',
      '2018-02-07 2018-02-08',
      '2020-01-22',
      '2022-01-13 2022-01-14',
      '',
      '2024-03-11 2024-03-12',
    ]);
  });

  it('gives the places, "virtual", and spells out what is not known', () => {
    expect(items.map((_, li) => facts($, li).Place).get()).toEqual([
      'Paris, France',
      'place not known',
      'Paris, France',
      'virtual',
      'place not known',
      'Washington, D.C., United States',
    ]);
  });

  it('gives the two leads where known and says "not known" elsewhere', () => {
    expect(items.map((_, li) => `${facts($, li)['U.S. lead']} / ${facts($, li)['French lead']}`).get()).toEqual([
      'not known / not known',
      'Robert Strayer / David Martinon',
      'Robert Strayer / not known',
      'Michele Markoff / Henri Verdier',
      'not known / not known',
      'Liesyl Franz / Henri Verdier',
    ]);
    expect($(items[3]).find('a[href="/people/michele-markoff/"]')).toHaveLength(1);
  });

  it('links each dialogue to the release that reports it or, failing that, to its source', () => {
    const sourceLinks = (i: number) => $(items[i]).find('dt:contains("Source") + dd a').map((_, a) => $(a).attr('href')).get();
    expect(sourceLinks(0)).toEqual([RELEASE_2018]);
    expect(sourceLinks(1)).toEqual([RELEASE_2018]);
    // The third: the State Department's own French translation first, then the Italian report of it.
    expect(sourceLinks(2)).toEqual([expect.stringContaining('translations.state.gov/2020/01/22/'), expect.stringContaining('agenzianova.com')]);
    expect(sourceLinks(3)).toEqual([expect.stringContaining('urdupoint.com'), expect.stringContaining('newsbreak.com')]);
    expect(sourceLinks(4)).toEqual([RELEASE_2024]);
    expect(sourceLinks(5)).toEqual([RELEASE_2024]);
    // The first dialogue is only mentioned in the 2018 release, which reports the second: the page says so.
    expect(facts($, items[0]!).Source).toContain('Mentioned in the release');
    expect(facts($, items[1]!).Source).toContain('Release:');
  });

  it('opens cited sources safely and says what language they are in', () => {
    const italian = $(items[2]).find('a[href*="agenzianova.com"]');
    expect(italian.attr('rel')).toBe('noopener');
    expect(italian.attr('hreflang')).toBe('it');
  });
});

describe('a page per dialogue', () => {
  it('exists for every ordinal, with its name as heading and its dates', () => {
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
    names.forEach((word, i) => {
      const $ = readPage(`/dialogues/${i + 1}/`);
      expect(foldSpace($('h1').text())).toBe(`${word} U.S.–France Cyber Dialogue`);
      expect($('title').text()).toContain(`${word} U.S.–France Cyber Dialogue`);
    });
  });

  it('the sixth: both delegations of the 2024 release, with fragment anchors on their headings', () => {
    const $ = readPage('/dialogues/6/');
    for (const id of ['delegations', 'us-delegation', 'france-delegation', 'topics', 'sources']) expect($(`#${id}`), id).toHaveLength(1);
    // A side's anchor is the heading that names its section.
    expect($(`${DELEGATION_SECTION.us} > h3#us-delegation`)).toHaveLength(1);
    expect(foldSpace($('dl.facts').text())).toContain('March 11–12, 2024');
    expect(foldSpace($('dl.facts').text())).toContain('Washington, D.C., United States');

    const us = $(DELEGATION_SECTION.us);
    expect(foldSpace(us.find('.lead').text())).toBe('Led by Liesyl Franz, Deputy Assistant Secretary of State for International Cyberspace Security');
    const usAgencies = us.find('ol li a').map((_, a) => $(a).attr('href')).get();
    expect(usAgencies).toEqual(['nsc', 'oncd', 'ntia', 'nist', 'fcc', 'fbi', 'cisa', 'dod', 'dhs', 'doj', 'state'].map((id) => `/agencies/${id}/`));
    // "the Departments of Defense, Homeland Security, Justice, and State": four entries, each its own agency.
    expect(us.find('ol li').slice(7).map((_, li) => foldSpace($(li).text())).get()).toEqual([
      'Department of Defense (DoD)',
      'Department of Homeland Security (DHS)',
      'Department of Justice (DOJ)',
      'Department of State (DOS)',
    ]);

    const fr = $(DELEGATION_SECTION.fr);
    expect(foldSpace(fr.find('.lead').text())).toBe('Led by Henri Verdier, Ambassador for Digital Affairs');
    expect(fr.find('ol li a').map((_, a) => $(a).attr('href')).get()).toEqual(
      ['meae', 'anssi', 'interior-ministry', 'armed-forces-ministry', 'economy-ministry', 'justice-ministry'].map((id) => `/agencies/${id}/`),
    );
    expect(foldSpace(fr.text())).toContain('Ministry of the Interior, Ministère de l\'Intérieur — written “Ministry of Home Affairs”');
    expect(foldSpace(fr.text())).toContain('Source: the release Sixth U.S.-France Cyber Dialogue');
  });

  it('the sixth: its delegations are the release\'s, agency for agency', () => {
    const dialogue = readPage('/dialogues/6/');
    const release = readPage(RELEASE_2024);
    for (const side of [DELEGATION_SECTION.us, DELEGATION_SECTION.fr]) {
      const agencies = ($: CheerioAPI) => $(`${side} ol li`).map((_, li) => foldSpace($(li).text())).get();
      expect(agencies(dialogue)).toEqual(agencies(release));
    }
  });

  it('the second: Robert Strayer and David Martinon, from the 2018 release; the place not known, with why', () => {
    const $ = readPage('/dialogues/2/');
    expect(foldSpace($(`${DELEGATION_SECTION.us} .lead`).text())).toContain('Robert Strayer');
    expect(foldSpace($(`${DELEGATION_SECTION.fr} .lead`).text())).toContain('David Martinon');
    expect($(`${DELEGATION_SECTION.us} ol li`)).toHaveLength(9);
    expect($(`${DELEGATION_SECTION.fr} ol li`)).toHaveLength(5);
    expect($(`${DELEGATION_SECTION.us} a[href="${RELEASE_2018}"]`)).toHaveLength(1);
    expect(foldSpace($('dl.facts').text())).toContain('place not known — The release does not say where the meeting took place');
  });

  it('the fourth: the leads from cited sources, linked to them, agencies not reported', () => {
    const $ = readPage('/dialogues/4/');
    expect(foldSpace($(`${DELEGATION_SECTION.us} .lead`).text())).toBe('Led by Michele Markoff, acting Coordinator for Cyber Issues');
    expect(foldSpace($(`${DELEGATION_SECTION.fr} .lead`).text())).toBe('Led by Henri Verdier, Ambassador for Digital Affairs');
    for (const side of [DELEGATION_SECTION.us, DELEGATION_SECTION.fr]) {
      expect(foldSpace($(side).text())).toContain('The agencies of this delegation are not reported.');
      expect($(side).find('a[href="#sources"]')).toHaveLength(1);
    }
    expect($('#sources a[href*="urdupoint.com"]').attr('rel')).toBe('noopener');
    expect(foldSpace($('#reported-heading').parent().text())).toContain('ransomware');
    expect($('#topics a[href="/topics/cybercrime/"]')).toHaveLength(1);
  });

  it('the first, third and fifth: delegations not known, sources quoted or linked', () => {
    for (const [n, sides] of [[1, [DELEGATION_SECTION.us, DELEGATION_SECTION.fr]], [3, [DELEGATION_SECTION.fr]], [5, [DELEGATION_SECTION.us, DELEGATION_SECTION.fr]]] as const) {
      const $ = readPage(`/dialogues/${n}/`);
      for (const side of sides) {
        expect(foldSpace($(side).find('.unknown').text()), `${n} ${side}`).toBe('Not known: no source in the archive reports this delegation.');
      }
    }
    const first = readPage('/dialogues/1/');
    expect(foldSpace(first('#sources blockquote').text())).toContain('which was held in Paris in September of 2016');
    expect(first(`#sources a[href="${RELEASE_2018}"]`)).toHaveLength(1);
    expect(foldSpace(first('#topics').text())).toContain('Not reported');
    const fifth = readPage('/dialogues/5/');
    expect(foldSpace(fifth('dl.facts').text())).toContain('date not known');
    expect(fifth('dl.facts time')).toHaveLength(0);
  });

  it('the third: its U.S. lead from the State Department\'s French translation, his English title not invented', () => {
    const third = readPage('/dialogues/3/');
    const us = third(DELEGATION_SECTION.us);
    expect(foldSpace(us.find('.lead').text())).toBe('Led by Robert Strayer, title not stated in an English source');
    expect(us.find('.lead a').attr('href')).toBe('/people/robert-strayer/');
    expect(foldSpace(us.text())).toContain('The agencies of this delegation are not reported.');
    const translation = third('#sources a[href*="translations.state.gov"]');
    expect([translation.attr('hreflang'), translation.attr('rel')]).toEqual(['fr', 'noopener']);
    expect(foldSpace(translation.closest('li').text())).toContain('Robert L. Strayer led the U.S. delegation');
  });

  it('links the previous and next dialogue', () => {
    const first = readPage('/dialogues/1/');
    expect(first('a[rel="prev"]')).toHaveLength(0);
    expect(first('a[rel="next"]').attr('href')).toBe('/dialogues/2/');
    const sixth = readPage('/dialogues/6/');
    expect(sixth('a[rel="prev"]').attr('href')).toBe('/dialogues/5/');
    expect(sixth('a[rel="next"]')).toHaveLength(0);
  });

  it('describes the event in JSON-LD, with only what is known', () => {
    const event = (n: number) => JSON.parse(readPage(`/dialogues/${n}/`)('script[type="application/ld+json"]').text());
    expect(event(6)).toMatchObject({
      '@type': 'Event',
      name: 'Sixth U.S.–France Cyber Dialogue',
      startDate: '2024-03-11',
      endDate: '2024-03-12',
      location: { address: { addressLocality: 'Washington, D.C.', addressCountry: 'US' } },
    });
    expect(event(6).attendee).toContainEqual(expect.objectContaining({ '@type': 'Person', name: 'Liesyl Franz' }));
    expect(event(4).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(event(5)).not.toHaveProperty('startDate');
    expect(event(5)).not.toHaveProperty('location');
    expect(event(1).startDate).toBe('2016-09');
  });

  it('works under a sub-path', () => {
    const $ = readPage('/dialogues/6/', distSubpathDir());
    expect($(`${DELEGATION_SECTION.us} ol li a`).first().attr('href')).toBe(`${SUBPATH_BASE}agencies/nsc/`);
    expect(JSON.parse($('script[type="application/ld+json"]').text()).url).toMatch(new RegExp(`^https?://[^/]+${SUBPATH_BASE}dialogues/6/$`));
    const timeline = readPage('/dialogues/', distSubpathDir());
    expect(timeline('ol.timeline h2 a').first().attr('href')).toBe(`${SUBPATH_BASE}dialogues/1/`);
  });
});
