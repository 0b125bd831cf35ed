/**
 * The search filters: what each is called, the values it offers with their labels, and how a page's values are
 * written for Pagefind. Values are ids, as in the page's URLs (`agency=anssi`, `dialogue=6`); labels are only shown.
 * Which values each page carries is src/lib/search-records.ts.
 */
import type { ArchiveIndex } from './archive-index.ts';
import { SIDES } from './archive-index.ts';
import { PAGE_KIND_LABELS, PAGE_KINDS } from './search-fields.ts';
import { allSearchFilterValues, type SearchFilterValues } from './search-records.ts';
import type { FilterKey } from './search-state.ts';
import { FILTER_KEYS } from './search-state.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';
import type { Country } from '../schemas/country.ts';

/** The legend of each filter on the search page. */
export const FILTER_LEGENDS: Record<FilterKey, string> = {
  kind: 'Kind of page',
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
 * A page's filter values in Pagefind's inline syntax, one `key:value` per element (`agency:anssi`): Pagefind 1.6
 * reads one filter per attribute, so a page carries one element per value.
 * A value with a comma or colon would be misread; ids never hold one, and such a value throws.
 */
export function pagefindFilterTags(values: Readonly<Record<string, readonly string[] | undefined>>): string[] {
  return Object.entries(values).flatMap(([key, list]) =>
    (list ?? []).map((value) => {
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
 * The choices of each filter, from the values the pages carry (a value no page carries is not offered):
 * kinds in their order; agencies U.S. first then French, each by name; topics in taxonomy order; years newest
 * first; types in the schema's order; dialogues first to latest.
 */
export function searchFilterGroups(archive: ArchiveIndex, pages: readonly SearchFilterValues[]): FilterGroup[] {
  const valuesByKey = new Map<FilterKey, Set<string>>(FILTER_KEYS.map((key) => [key, new Set()]));
  for (const page of pages) {
    for (const key of FILTER_KEYS) for (const value of page[key] ?? []) valuesByKey.get(key)!.add(value);
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
    kind: PAGE_KINDS.filter((kind) => has('kind', kind)).map((kind) => ({ value: kind, label: PAGE_KIND_LABELS[kind] })),
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

/**
 * True when ticking some value of the filter can give other results than no filter at all, on some search: two
 * pages carry different values for it. A filter every page carries alike (or no page carries) is not offered.
 */
export function filterCanNarrow(key: FilterKey, pages: readonly SearchFilterValues[]): boolean {
  const signatures = new Set(pages.map((page) => [...(page[key] ?? [])].sort().join('\u0000')));
  return signatures.size > 1;
}

/** The filters the search page offers, with their choices: those whose choice can change the results of a search. */
export function offeredFilterGroups(archive: ArchiveIndex): FilterGroup[] {
  const pages = allSearchFilterValues(archive);
  return searchFilterGroups(archive, pages).filter((group) => group.options.length > 0 && filterCanNarrow(group.key, pages));
}
