/**
 * What the search filters are, which values each release carries, and the choices the search page offers.
 * Values are ids, as in the page's URLs (`agency=anssi`, `dialogue=6`); labels are only shown.
 */
import type { ArchiveIndex } from './archive-index.ts';
import { SIDES } from './archive-index.ts';
import { partialDateYear } from './dates.ts';
import type { FilterKey } from './search-state.ts';
import { FILTER_KEYS } from './search-state.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Release } from '../schemas/release.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';
import type { Country } from '../schemas/country.ts';

/** The legend of each filter on the search page. */
export const FILTER_LEGENDS: Record<FilterKey, string> = {
  agency: 'Agency',
  country: 'Country of a delegation',
  topic: 'Topic',
  year: 'Year',
  type: 'Type of document',
  dialogue: 'Dialogue',
};

/** How the country filter's values read ("U.S.", "France"). */
export const COUNTRY_FILTER_LABELS: Record<Country, string> = { us: 'U.S.', fr: 'France' };

/**
 * The year a release is filed under: the year of its date of issue or, when the source does not state it,
 * the year of the dialogue it reports (the 2024 note has no date of issue). Undefined when neither is known.
 */
export function releaseSearchYear(issued: Release['issued'], dialogueDates: PartialDate): string | undefined {
  if (issued !== 'unknown') return issued.slice(0, 4);
  const year = partialDateYear(dialogueDates);
  return year === undefined ? undefined : String(year);
}

/** The filter values of one release, by key. */
export function releaseFilterValues(release: Release, dialogue: { ordinal: number; dates: PartialDate }): Record<FilterKey, string[]> {
  const sides = SIDES.filter((side) => release.delegations[side]);
  const agencies = sides.flatMap((side) => release.delegations[side]!.agencies.map(({ agency }) => agency.id));
  const year = releaseSearchYear(release.issued, dialogue.dates);
  return {
    agency: [...new Set(agencies)],
    country: sides,
    topic: release.topics.map((topic) => topic.id),
    year: year === undefined ? [] : [year],
    type: [release.documentType],
    dialogue: [String(dialogue.ordinal)],
  };
}

/**
 * The values as Pagefind's inline filter syntax, one `key:value` per element (`agency:anssi`): Pagefind 1.6
 * reads one filter per attribute, so a release carries one element per value.
 * A value with a comma or colon would be misread; ids never hold one, and such a value throws.
 */
export function pagefindFilterTags(values: Record<FilterKey, string[]>): string[] {
  return FILTER_KEYS.flatMap((key) =>
    values[key].map((value) => {
      if (/[,:]/.test(value)) throw new Error(`Search filter value "${value}" of "${key}" must not contain "," or ":".`);
      return `${key}:${value}`;
    }),
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** Where the search page fetches a filter's values (`FilterOption[]` as JSON); see src/pages/search/filter-values/. */
export function filterValuesPath(key: FilterKey): string {
  return `/search/filter-values/${key}.json`;
}

export interface FilterGroup {
  key: FilterKey;
  legend: string;
  options: FilterOption[];
}

/** Label of an agency in the filters: "National Cybersecurity Agency (ANSSI)". */
function agencyLabel(name: string, acronym: string | undefined): string {
  return acronym ? `${name} (${acronym})` : name;
}

/**
 * The choices of each filter, from the releases in the archive (a value no release carries is not offered):
 * agencies U.S. first then French, each by name; topics in taxonomy order; years newest first;
 * types in the schema's order; dialogues first to latest.
 */
export function searchFilterGroups(archive: ArchiveIndex): FilterGroup[] {
  const releases = [...archive.releases.values()];
  const valuesByKey = new Map<FilterKey, Set<string>>(FILTER_KEYS.map((key) => [key, new Set()]));
  for (const release of releases) {
    const dialogue = archive.dialoguesById.get(release.data.dialogue.id)!;
    const values = releaseFilterValues(release.data, { ordinal: dialogue.ordinal, dates: dialogue.entry.data.dates });
    for (const key of FILTER_KEYS) for (const value of values[key]) valuesByKey.get(key)!.add(value);
  }
  const has = (key: FilterKey, value: string) => valuesByKey.get(key)!.has(value);
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'en');

  const agencies = SIDES.flatMap((side) =>
    [...archive.agencies.values()]
      .filter((agency) => agency.data.country === side && has('agency', agency.id))
      .map((agency) => ({ value: agency.id, label: agencyLabel(agency.data.name, agency.data.acronym) }))
      .sort(byLabel),
  );
  const options: Record<FilterKey, FilterOption[]> = {
    agency: agencies,
    country: SIDES.filter((side) => has('country', side)).map((side) => ({ value: side, label: COUNTRY_FILTER_LABELS[side] })),
    topic: [...archive.topics.values()].filter((topic) => has('topic', topic.id)).map((topic) => ({ value: topic.id, label: topic.data.name })),
    year: [...valuesByKey.get('year')!].sort((a, b) => b.localeCompare(a)).map((year) => ({ value: year, label: year })),
    type: (Object.keys(DOCUMENT_TYPES) as (keyof typeof DOCUMENT_TYPES)[])
      .filter((type) => has('type', type))
      .map((type) => ({ value: type, label: DOCUMENT_TYPES[type] })),
    dialogue: archive.dialogues
      .filter((dialogue) => has('dialogue', String(dialogue.ordinal)))
      .map((dialogue) => ({ value: String(dialogue.ordinal), label: dialogue.name })),
  };
  return FILTER_KEYS.map((key) => ({ key, legend: FILTER_LEGENDS[key], options: options[key] }));
}
