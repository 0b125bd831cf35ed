/**
 * The time-scaled picture of the series on /dialogues/: a year axis covering the series, each dialogue placed at its
 * dates, and a dialogue whose date is not known drawn as the interval between the dialogues that bound it. Pure
 * geometry (pixels), drawn by src/components/SeriesTimeline.astro; marks that would overlap go to separate lanes.
 */
import { formatIsoDate, formatPartialDate, formatPartialDateShort, partialDateEnd, partialDateStart } from './dates.ts';
import type { SeriesItem } from './dialogue-series.ts';
import { dialogueName } from './ordinals.ts';
import { formatPlace } from './places.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Place } from '../schemas/place.ts';

/** A dialogue of the series (or one the numbering says took place, with no record in the archive). */
export interface TimelineEntry {
  ordinal: number;
  /** "Sixth U.S.–France Cyber Dialogue". */
  name: string;
  dates: PartialDate;
  place: Place;
  /** False for a dialogue the archive has no record (and no page) of. */
  recorded: boolean;
}

/**
 * The entries of the series as the timeline draws them (from `seriesWithGaps`): each dialogue of the archive, and
 * each ordinal the numbering says took place but the archive has no record of, at a date and place not known.
 */
export function seriesTimelineEntries(series: readonly SeriesItem[]): TimelineEntry[] {
  return series.map((item) =>
    item.kind === 'gap'
      ? { ordinal: item.ordinal, name: dialogueName(item.ordinal), dates: { precision: 'unknown' }, place: { kind: 'unknown' }, recorded: false }
      : { ordinal: item.ordinal, name: item.dialogue.name, dates: item.dialogue.entry.data.dates, place: item.dialogue.entry.data.place, recorded: true },
  );
}

/** How a mark shows where the dialogue met: by shape, with a legend. */
export const PLACE_MARKERS = ['france', 'united-states', 'virtual', 'unknown'] as const;
export type PlaceMarker = (typeof PLACE_MARKERS)[number];

export interface TimelineMark {
  entry: TimelineEntry;
  marker: PlaceMarker;
  /** The days its date covers, to scale (`x0` to `x1`, in pixels); for a date not known, the interval between its bounds. */
  x0: number;
  x1: number;
  /** Where its marker stands: the middle of its days. */
  x: number;
  /** Where its label is centred: under the marker, moved in where the marker is near an end of the picture. */
  labelX: number;
  /** The room it takes across (its days, marker and label), which no other mark in its lane shares. */
  left: number;
  right: number;
  /** The row it is drawn in, from 0. */
  lane: number;
  /** "Feb 7–8, 2018", "Sep 2016", "Jan 22, 2020", "date not known". */
  label: string;
  /** For a date not known: the last known day before it and the first known day after it (`YYYY-MM-DD`), where there is one. */
  bounds?: { after?: string; before?: string };
}

export interface SeriesTimeline {
  width: number;
  height: number;
  /** The first of January of each year on the axis, and where it is. */
  years: { year: number; x: number }[];
  marks: TimelineMark[];
  lanes: number;
}

/** Layout, in pixels (the picture is drawn at its own size and scrolls in its frame where the screen is narrower). */
export const TIMELINE_GEOMETRY = {
  margin: 24,
  /** The plot's width for a series of a few years; longer series get at least `minYearWidth` per year. */
  targetPlotWidth: 600,
  minYearWidth: 56,
  maxYearWidth: 120,
  axisY: 30,
  firstLaneY: 64,
  laneHeight: 56,
  markerSize: 22,
  /** A label's width is estimated from its length (12 px type): enough to keep labels apart. */
  labelCharWidth: 7,
  labelPadding: 8,
  laneGap: 8,
} as const;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** The marker of a place: a city by its country, a virtual meeting, or a place not known. */
export function placeMarker(place: Place): PlaceMarker {
  if (place.kind === 'virtual') return 'virtual';
  if (place.kind === 'unknown') return 'unknown';
  return place.country === 'fr' ? 'france' : 'united-states';
}

/**
 * For each entry whose date is not known, the days that bound it: the end of the nearest earlier entry (by ordinal)
 * whose date is known, and the start of the nearest later one. Expects entries first to latest. Two passes: linear.
 */
export function unknownDateBounds(entries: readonly TimelineEntry[]): Map<number, { after?: string; before?: string }> {
  const bounds = new Map<number, { after?: string; before?: string }>();
  let after: string | undefined;
  for (const entry of entries) {
    const end = partialDateEnd(entry.dates);
    if (end) after = end;
    else bounds.set(entry.ordinal, after ? { after } : {});
  }
  let before: string | undefined;
  for (const entry of [...entries].reverse()) {
    const start = partialDateStart(entry.dates);
    if (start) before = start;
    else if (before) bounds.get(entry.ordinal)!.before = before;
  }
  return bounds;
}

/**
 * Lays out the series (entries first to latest). Undefined when no entry has a known date: there is then no time
 * to draw an axis for. Linear but for sorting the marks by where they start.
 */
export function layoutSeriesTimeline(entries: readonly TimelineEntry[]): SeriesTimeline | undefined {
  const g = TIMELINE_GEOMETRY;
  const bounds = unknownDateBounds(entries);
  const knownDays = entries.flatMap((entry) => [partialDateStart(entry.dates), partialDateEnd(entry.dates)]).filter((day) => day !== undefined);
  if (knownDays.length === 0) return undefined;
  let firstYear = Math.min(...knownDays.map((day) => Number(day.slice(0, 4))));
  let lastYear = Math.max(...knownDays.map((day) => Number(day.slice(0, 4))));
  // A date not known before the first known one, or after the last, is drawn reaching into a year of its own.
  for (const { after, before } of bounds.values()) {
    if (!after) firstYear = Math.min(firstYear, Number(before!.slice(0, 4)) - 1);
    if (!before) lastYear = Math.max(lastYear, Number(after!.slice(0, 4)) + 1);
  }
  const yearCount = lastYear + 1 - firstYear;
  const yearWidth = Math.min(g.maxYearWidth, Math.max(g.minYearWidth, Math.floor(g.targetPlotWidth / yearCount)));
  const width = yearCount * yearWidth + 2 * g.margin;
  const axisStart = dayNumber(`${firstYear}-01-01`);
  const axisEnd = dayNumber(`${lastYear + 1}-01-01`);
  const dayWidth = (yearCount * yearWidth) / (axisEnd - axisStart);
  const xOf = (day: number) => g.margin + (day - axisStart) * dayWidth;

  const placed = entries.map((entry) => {
    const start = partialDateStart(entry.dates);
    const end = partialDateEnd(entry.dates);
    const bound = bounds.get(entry.ordinal);
    // A known date covers its days (the end day included); an unknown one lies strictly between its bounds.
    const x0 = start ? xOf(dayNumber(start)) : bound?.after ? xOf(dayNumber(bound.after) + 1) : g.margin;
    const x1 = end ? xOf(dayNumber(end) + 1) : bound?.before ? xOf(dayNumber(bound.before)) : width - g.margin;
    const x = (x0 + x1) / 2;
    const label = formatPartialDateShort(entry.dates);
    const labelWidth = label.length * g.labelCharWidth + g.labelPadding;
    const labelX = Math.min(width - labelWidth / 2, Math.max(labelWidth / 2, x));
    const left = Math.min(x0, x - g.markerSize / 2, labelX - labelWidth / 2);
    const right = Math.max(x1, x + g.markerSize / 2, labelX + labelWidth / 2);
    return { entry, marker: placeMarker(entry.place), x0, x1, x, labelX, left, right, lane: 0, label, ...(bound && { bounds: bound }) } satisfies TimelineMark;
  });

  // First fit: each mark, from the left, goes to the first lane whose last mark ends before it starts.
  const laneEnds: number[] = [];
  for (const mark of [...placed].sort((a, b) => a.left - b.left)) {
    let lane = laneEnds.findIndex((end) => end + g.laneGap <= mark.left);
    if (lane === -1) lane = laneEnds.push(mark.right) - 1;
    else laneEnds[lane] = mark.right;
    mark.lane = lane;
  }

  const years: SeriesTimeline['years'] = [];
  for (let year = firstYear; year <= lastYear + 1; year++) years.push({ year, x: xOf(dayNumber(`${year}-01-01`)) });
  const lanes = Math.max(1, laneEnds.length);
  return { width, height: g.firstLaneY + lanes * g.laneHeight, years, marks: placed, lanes };
}

/**
 * A mark's link text for screen readers: what it shows (its number and date label, so that the name holds the
 * visible words), then the dialogue, when it met in full and where: "6 Mar 11–12, 2024: Sixth U.S.–France Cyber
 * Dialogue, March 11–12, 2024, Washington, D.C., United States". A date not known says the days that bound it.
 */
export function describeMark(mark: TimelineMark): string {
  const { entry, bounds } = mark;
  const between = [bounds?.after && `after ${formatIsoDate(bounds.after)}`, bounds?.before && `before ${formatIsoDate(bounds.before)}`].filter(Boolean).join(' and ');
  const date = bounds ? between || 'date not known' : formatPartialDate(entry.dates);
  const record = entry.recorded ? '' : '; not in the archive';
  return `${entry.ordinal} ${mark.label}: ${entry.name}, ${date}, ${formatPlace(entry.place)}${record}`;
}

/** The legend: each marker the series uses, in a fixed order, with the cities it stands for. */
export function timelineLegend(entries: readonly TimelineEntry[]): { marker: PlaceMarker; cities: string[] }[] {
  const cities = new Map<PlaceMarker, Set<string>>(PLACE_MARKERS.map((marker) => [marker, new Set()]));
  const used = new Set<PlaceMarker>();
  for (const { place } of entries) {
    const marker = placeMarker(place);
    used.add(marker);
    if (place.kind === 'city') cities.get(marker)!.add(place.city);
  }
  return PLACE_MARKERS.filter((marker) => used.has(marker)).map((marker) => ({ marker, cities: [...cities.get(marker)!] }));
}
