/**
 * The pictures of the series, read from the built site: the time-scaled timeline on /dialogues/ (its marks, links,
 * accessible names and the interval of the date not known) and participation at a glance on /agencies/.
 */
import { describe, expect, it } from 'vitest';
import { distSubpathDir } from '../helpers/builds.ts';
import { foldSpace, readPage } from '../helpers/dist-pages.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';

describe('the timeline on /dialogues/', () => {
  const $ = readPage('/dialogues/');
  const figure = $('main figure.series-timeline');
  const svg = figure.find('svg.chart');
  const marks = svg.find('a.mark');
  const markOf = (ordinal: number) => svg.find(`a.mark[href="/dialogues/${ordinal}/"]`);
  /** Where a mark's marker stands across the picture. */
  const markerX = (ordinal: number) => {
    const shape = markOf(ordinal).find('.marker');
    return Number(shape.attr('cx') ?? shape.attr('x') ?? shape.attr('points')!.split(',')[0]) + (shape.is('rect') ? Number(shape.attr('width')) / 2 : 0);
  };
  /** Where the axis puts the first of January of a year. */
  const yearX = (year: number) => {
    const label = svg.find('text.year').filter((_, text) => $(text).text().trim() === String(year));
    return Number(label.attr('x')) - 3;
  };

  it('comes first on the page, before the list, and is a figure with a caption that links to the list', () => {
    expect($('main').children('figure, ol').first().is('figure')).toBe(true);
    expect(figure.attr('aria-labelledby')).toBe(figure.find('figcaption').attr('id'));
    expect(figure.find('figcaption a').attr('href')).toBe('#series-list');
    expect($('ol#series-list > li')).toHaveLength(6);
  });

  it('has a year axis covering the series, 2016 to 2024', () => {
    expect(svg.find('text.year').map((_, text) => $(text).text().trim()).get()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(svg.find('g.axis').attr('aria-hidden')).toBe('true');
  });

  it('has a mark per dialogue, each a link to its page, first to latest from left to right', () => {
    expect(marks.map((_, a) => $(a).attr('href')).get()).toEqual(['/dialogues/1/', '/dialogues/2/', '/dialogues/3/', '/dialogues/4/', '/dialogues/5/', '/dialogues/6/']);
    const xs = [1, 2, 3, 4, 5, 6].map(markerX);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // To scale: each marker stands in the middle of its days, read against the year axis.
    const dayX = (isoDate: string) => {
      const year = Number(isoDate.slice(0, 4));
      const share = (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(year, 0, 1)) / (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1));
      return yearX(year) + share * (yearX(year + 1) - yearX(year));
    };
    expect(markerX(2)).toBeCloseTo(dayX('2018-02-08'), 0);
    expect(markerX(3)).toBeCloseTo((dayX('2020-01-22') + dayX('2020-01-23')) / 2, 0);
    expect(markerX(1)).toBeCloseTo((dayX('2016-09-01') + dayX('2016-10-01')) / 2, 0);
  });

  it('names each mark by what it shows, then the dialogue, its dates and place', () => {
    expect(marks.map((_, a) => $(a).attr('aria-label')).get()).toEqual([
      '1 Sep 2016: First U.S.–France Cyber Dialogue, September 2016, Paris, France',
      '2 Feb 7–8, 2018: Second U.S.–France Cyber Dialogue, February 7–8, 2018, place not known',
      '3 Jan 22, 2020: Third U.S.–France Cyber Dialogue, January 22, 2020, Paris, France',
      '4 Jan 13–14, 2022: Fourth U.S.–France Cyber Dialogue, January 13–14, 2022, virtual',
      '5 date not known: Fifth U.S.–France Cyber Dialogue, after January 14, 2022 and before March 11, 2024, place not known',
      '6 Mar 11–12, 2024: Sixth U.S.–France Cyber Dialogue, March 11–12, 2024, Washington, D.C., United States',
    ]);
    expect(marks.map((_, a) => foldSpace($(a).text())).get()).toEqual(['1 Sep 2016', '2 Feb 7–8, 2018', '3 Jan 22, 2020', '4 Jan 13–14, 2022', '5 date not known', '6 Mar 11–12, 2024']);
  });

  it('draws the fifth, whose date is not known, as a dashed interval from the fourth to the sixth', () => {
    const interval = markOf(5).find('line.interval');
    expect(interval).toHaveLength(1);
    expect(Number(interval.attr('x1'))).toBeGreaterThan(markerX(4));
    expect(Number(interval.attr('x2'))).toBeLessThan(markerX(6));
    expect(Number(interval.attr('x2')) - Number(interval.attr('x1'))).toBeGreaterThan(yearX(2024) - yearX(2022));
    expect(marks.filter((_, a) => $(a).find('line.interval').length > 0)).toHaveLength(1);
  });

  it('shows where each met by shape, as its legend says', () => {
    const shape = (ordinal: number) => {
      const marker = markOf(ordinal).find('.marker');
      return `${marker.prop('tagName')!.toLowerCase()}${marker.hasClass('hollow') ? ' hollow' : ''}`;
    };
    expect([1, 2, 3, 4, 5, 6].map(shape)).toEqual(['rect', 'circle hollow', 'rect', 'polygon', 'circle hollow', 'circle']);
    expect(figure.find('ul.legend li').map((_, li) => foldSpace($(li).text())).get()).toEqual([
      'in France (Paris)',
      'in the United States (Washington, D.C.)',
      'held virtually',
      'place not known',
    ]);
    expect(figure.find('ul.legend li svg[aria-hidden="true"] .marker')).toHaveLength(4);
  });

  it('links under the sub-path', () => {
    const $sub = readPage('/dialogues/', distSubpathDir());
    expect($sub('svg.chart a.mark').first().attr('href')).toBe(`${SUBPATH_BASE}dialogues/1/`);
  });
});

describe('participation at a glance on /agencies/', () => {
  const $ = readPage('/agencies/');
  const section = $('#participation-at-a-glance');
  const rows = section.find('table#participation tbody tr');
  const cell = (ordinal: number, side: 0 | 1) => rows.eq(ordinal - 1).find('td').eq(side);

  it('comes before the matrix', () => {
    const ids = $('main > section').map((_, s) => $(s).attr('id')).get();
    expect(ids.indexOf('participation-at-a-glance')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('participation-at-a-glance')).toBeLessThan(ids.indexOf('matrix'));
  });

  it('is a table with a row per dialogue, its heading a link to the dialogue', () => {
    expect(section.find('caption').text()).toBe('Agencies listed in each side’s delegation, by dialogue');
    expect(section.find('thead th').map((_, th) => $(th).text()).get()).toEqual(['Dialogue', 'U.S. agencies', 'French agencies']);
    expect(rows.map((_, tr) => $(tr).find('th[scope=row] a').attr('href')).get()).toEqual(['/dialogues/1/', '/dialogues/2/', '/dialogues/3/', '/dialogues/4/', '/dialogues/5/', '/dialogues/6/']);
  });

  it('counts the agencies each side listed, with a bar to scale', () => {
    expect([cell(2, 0), cell(2, 1), cell(6, 0), cell(6, 1)].map((td) => td.find('.count').text())).toEqual(['9', '5', '11', '6']);
    for (const [td, count] of [[cell(2, 0), 9], [cell(6, 0), 11], [cell(6, 1), 6]] as const) {
      expect(td.find('svg.bar').attr('viewBox')).toBe('0 0 11 1');
      expect(td.find('svg.bar rect').attr('width')).toBe(String(count));
      expect(td.find('svg.bar').attr('aria-hidden')).toBe('true');
    }
  });

  it('says "not reported" where no source lists a side, and draws no bar there, not even of zero', () => {
    for (const ordinal of [1, 3, 4, 5]) {
      for (const side of [0, 1] as const) {
        expect(foldSpace(cell(ordinal, side).text()), `${ordinal} ${side}`).toMatch(/^not reported/);
        expect(cell(ordinal, side).find('svg, .count'), `${ordinal} ${side}`).toHaveLength(0);
      }
    }
    // The leads of the fourth, and the U.S. lead of the third, are known from cited sources; their agencies are not.
    expect(foldSpace(cell(4, 0).text())).toBe('not reported (only its lead is)');
    expect(foldSpace(cell(3, 0).text())).toBe('not reported (only its lead is)');
    expect(foldSpace(cell(3, 1).text())).toBe('not reported');
  });
});
