import { describe, expect, it } from 'vitest';
import { seriesWithGaps } from '../../src/lib/dialogue-series.ts';
import {
  describeMark,
  layoutSeriesTimeline,
  placeMarker,
  seriesTimelineEntries,
  TIMELINE_GEOMETRY,
  timelineLegend,
  unknownDateBounds,
  type TimelineEntry,
} from '../../src/lib/series-timeline.ts';
import type { PartialDate } from '../../src/schemas/dates.ts';
import type { Place } from '../../src/schemas/place.ts';
import { buildArchive, dialogue } from './archive-fixture.ts';

const UNKNOWN_PLACE: Place = { kind: 'unknown' };
const entry = (ordinal: number, dates: PartialDate, place: Place = UNKNOWN_PLACE, recorded = true): TimelineEntry => ({
  ordinal,
  name: `Meeting ${ordinal}`,
  dates,
  place,
  recorded,
});

/** A series shaped like the real one: a month, ranges, a day, a date not known between two known ones. */
const SERIES: TimelineEntry[] = [
  entry(1, { precision: 'month', month: '2016-09' }, { kind: 'city', city: 'Lyon', country: 'fr' }),
  entry(2, { precision: 'day-range', start: '2018-02-07', end: '2018-02-08' }),
  entry(3, { precision: 'day', date: '2020-01-22' }, { kind: 'city', city: 'Paris', country: 'fr' }),
  entry(4, { precision: 'day-range', start: '2022-01-13', end: '2022-01-14' }, { kind: 'virtual' }),
  entry(5, { precision: 'unknown' }),
  entry(6, { precision: 'day-range', start: '2024-03-11', end: '2024-03-12' }, { kind: 'city', city: 'Boston', country: 'us' }),
];

const timeline = layoutSeriesTimeline(SERIES)!;
const mark = (ordinal: number) => timeline.marks.find((m) => m.entry.ordinal === ordinal)!;
/** Where a day falls on the axis, read back from the year ticks (linear between two first-of-Januaries). */
function xOfDay(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const tick = timeline.years.find((y) => y.year === year)!;
  const next = timeline.years.find((y) => y.year === year + 1)!;
  const start = Date.UTC(year, 0, 1);
  const share = (Date.parse(`${isoDate}T00:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
  return tick.x + share * (next.x - tick.x);
}

describe('layoutSeriesTimeline: the axis', () => {
  it('covers the years of the series, from the first of January of the first to that after the last', () => {
    expect(timeline.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(timeline.years[0]!.x).toBe(TIMELINE_GEOMETRY.margin);
    expect(timeline.years.at(-1)!.x).toBeCloseTo(timeline.width - TIMELINE_GEOMETRY.margin);
  });

  it('is to scale: equal times take equal widths (a leap year a day more)', () => {
    const widths = timeline.years.slice(1).map((y, i) => y.x - timeline.years[i]!.x);
    expect(widths[1]! / widths[0]!).toBeCloseTo(365 / 366);
    expect(widths[2]).toBeCloseTo(widths[1]!);
  });

  it('gives a long series at least the narrowest year, and then scrolls rather than squeezes', () => {
    const long = layoutSeriesTimeline([entry(1, { precision: 'day', date: '1990-05-01' }), entry(2, { precision: 'day', date: '2025-05-01' })])!;
    expect(long.years[1]!.x - long.years[0]!.x).toBeCloseTo(TIMELINE_GEOMETRY.minYearWidth, 0);
    expect(long.width).toBeGreaterThan(36 * TIMELINE_GEOMETRY.minYearWidth);
  });

  it('has nothing to draw when no date is known', () => {
    expect(layoutSeriesTimeline([entry(1, { precision: 'unknown' })])).toBeUndefined();
    expect(layoutSeriesTimeline([])).toBeUndefined();
  });
});

describe('layoutSeriesTimeline: placing the dialogues', () => {
  it('places each dialogue over the days it covers: a month, a range, a day', () => {
    expect(mark(1).x0).toBeCloseTo(xOfDay('2016-09-01'));
    expect(mark(1).x1).toBeCloseTo(xOfDay('2016-10-01'));
    expect(mark(2).x0).toBeCloseTo(xOfDay('2018-02-07'));
    expect(mark(2).x1).toBeCloseTo(xOfDay('2018-02-09'));
    expect(mark(3).x1 - mark(3).x0).toBeCloseTo(xOfDay('2020-01-23') - xOfDay('2020-01-22'));
    expect(mark(1).x1 - mark(1).x0).toBeCloseTo(30 * (mark(3).x1 - mark(3).x0));
    for (const m of timeline.marks) expect(m.x).toBeCloseTo((m.x0 + m.x1) / 2);
  });

  it('draws a date not known as the interval between the dialogues that bound it', () => {
    const fifth = mark(5);
    expect(fifth.bounds).toEqual({ after: '2022-01-14', before: '2024-03-11' });
    expect(fifth.x0).toBeCloseTo(xOfDay('2022-01-15'));
    expect(fifth.x1).toBeCloseTo(xOfDay('2024-03-11'));
    expect(fifth.label).toBe('date not known');
    expect(mark(4).bounds).toBeUndefined();
  });

  it('labels each mark with its date at its precision', () => {
    expect(timeline.marks.map((m) => m.label)).toEqual(['Sep 2016', 'Feb 7–8, 2018', 'Jan 22, 2020', 'Jan 13–14, 2022', 'date not known', 'Mar 11–12, 2024']);
  });

  it('shows where each met by its marker', () => {
    expect(timeline.marks.map((m) => m.marker)).toEqual(['france', 'unknown', 'france', 'virtual', 'unknown', 'united-states']);
  });

  it('puts marks whose footprints would overlap in different lanes, and others in the first', () => {
    for (const a of timeline.marks) {
      expect(a.left).toBeLessThanOrEqual(Math.min(a.x0, a.labelX - (a.label.length * TIMELINE_GEOMETRY.labelCharWidth) / 2));
      expect(a.right).toBeGreaterThanOrEqual(Math.max(a.x1, a.labelX + (a.label.length * TIMELINE_GEOMETRY.labelCharWidth) / 2));
      for (const b of timeline.marks) {
        if (a !== b && a.lane === b.lane) expect(a.right <= b.left || b.right <= a.left, `${a.entry.ordinal} and ${b.entry.ordinal}`).toBe(true);
      }
    }
    expect(mark(1).lane).toBe(0);
    // The fifth's interval starts the day after the fourth: they cannot share a lane.
    expect(mark(5).lane).not.toBe(mark(4).lane);
    expect(timeline.lanes).toBe(Math.max(...timeline.marks.map((m) => m.lane)) + 1);
    expect(timeline.height).toBe(TIMELINE_GEOMETRY.firstLaneY + timeline.lanes * TIMELINE_GEOMETRY.laneHeight);
  });

  it('keeps every label inside the picture', () => {
    for (const m of timeline.marks) {
      const half = (m.label.length * TIMELINE_GEOMETRY.labelCharWidth + TIMELINE_GEOMETRY.labelPadding) / 2;
      expect(m.labelX - half).toBeGreaterThanOrEqual(0);
      expect(m.labelX + half).toBeLessThanOrEqual(timeline.width);
    }
  });

  it('reaches into a year of its own for a date not known before the first known date or after the last', () => {
    const open = layoutSeriesTimeline([entry(1, { precision: 'unknown' }), entry(2, { precision: 'day', date: '2020-06-01' }), entry(3, { precision: 'unknown' })])!;
    expect(open.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    const [first, , last] = open.marks as [typeof open.marks[0], typeof open.marks[0], typeof open.marks[0]];
    expect(first.bounds).toEqual({ before: '2020-06-01' });
    expect(first.x0).toBe(TIMELINE_GEOMETRY.margin);
    expect(last.bounds).toEqual({ after: '2020-06-01' });
    expect(last.x1).toBeCloseTo(open.width - TIMELINE_GEOMETRY.margin);
  });
});

describe('unknownDateBounds', () => {
  it('bounds each unknown date by the nearest known dates on either side, skipping other unknown ones', () => {
    const bounds = unknownDateBounds([
      entry(1, { precision: 'day', date: '2010-01-01' }),
      entry(2, { precision: 'unknown' }),
      entry(3, { precision: 'unknown' }),
      entry(4, { precision: 'month', month: '2012-05' }),
    ]);
    expect(Object.fromEntries(bounds)).toEqual({ 2: { after: '2010-01-01', before: '2012-05-01' }, 3: { after: '2010-01-01', before: '2012-05-01' } });
  });
});

describe('placeMarker', () => {
  it('tells France, the United States, a virtual meeting and a place not known apart', () => {
    expect(placeMarker({ kind: 'city', city: 'Paris', country: 'fr' })).toBe('france');
    expect(placeMarker({ kind: 'city', city: 'Washington, D.C.', country: 'us' })).toBe('united-states');
    expect(placeMarker({ kind: 'virtual' })).toBe('virtual');
    expect(placeMarker({ kind: 'unknown', note: 'Not said.' })).toBe('unknown');
  });
});

describe('describeMark', () => {
  it('starts with what the mark shows, then says the dialogue, its dates in full and its place', () => {
    expect(describeMark(mark(6))).toBe('6 Mar 11–12, 2024: Meeting 6, March 11–12, 2024, Boston, United States');
    expect(describeMark(mark(1))).toBe('1 Sep 2016: Meeting 1, September 2016, Lyon, France');
  });

  it('gives a date not known by the days that bound it, and says when the archive has no record', () => {
    expect(describeMark(mark(5))).toBe('5 date not known: Meeting 5, after January 14, 2022 and before March 11, 2024, place not known');
    const unbounded = layoutSeriesTimeline([entry(1, { precision: 'day', date: '2020-06-01' }), entry(2, { precision: 'unknown' }, UNKNOWN_PLACE, false)])!;
    expect(describeMark(unbounded.marks[1]!)).toBe('2 date not known: Meeting 2, after June 1, 2020, place not known; not in the archive');
  });
});

describe('timelineLegend', () => {
  it('lists the markers the series uses, in a fixed order, with the cities of each', () => {
    expect(timelineLegend(SERIES)).toEqual([
      { marker: 'france', cities: ['Lyon', 'Paris'] },
      { marker: 'united-states', cities: ['Boston'] },
      { marker: 'virtual', cities: [] },
      { marker: 'unknown', cities: [] },
    ]);
    expect(timelineLegend([entry(1, { precision: 'unknown' }, { kind: 'virtual' })])).toEqual([{ marker: 'virtual', cities: [] }]);
  });
});

describe('seriesTimelineEntries', () => {
  it('gives each dialogue its dates and place, and an ordinal with no record a date and place not known', () => {
    const archive = buildArchive({
      dialogues: [
        dialogue('d-a', 1, { dates: { precision: 'month', month: '2011-03' }, place: { kind: 'virtual' } }),
        dialogue('d-c', 3, { dates: { precision: 'day', date: '2015-07-01' } }),
      ],
    });
    expect(seriesTimelineEntries(seriesWithGaps(archive.dialogues))).toEqual([
      { ordinal: 1, name: 'First U.S.–France Cyber Dialogue', dates: { precision: 'month', month: '2011-03' }, place: { kind: 'virtual' }, recorded: true },
      { ordinal: 2, name: 'Second U.S.–France Cyber Dialogue', dates: { precision: 'unknown' }, place: { kind: 'unknown' }, recorded: false },
      { ordinal: 3, name: 'Third U.S.–France Cyber Dialogue', dates: { precision: 'day', date: '2015-07-01' }, place: { kind: 'unknown' }, recorded: true },
    ]);
  });
});
