/**
 * The searchable fields of the search index (Pagefind metadata, which Pagefind 1.5+ searches besides the text) and
 * what each one is. A page's own words (a release's text, a dialogue's reported summary, …) are its indexed text, the
 * only source of excerpts; everything else a page can be found by goes into a field named here, so that the search
 * page can say which one a result matched through. Runs in the browser and at build time alike.
 */
import type { Country } from '../schemas/country.ts';

/** The kinds of page the search finds, in the order they are offered in the kind filter. */
export const PAGE_KINDS = ['release', 'dialogue', 'agency', 'person', 'topic'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How a kind reads as a filter value and above a result. */
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  release: 'Release',
  dialogue: 'Dialogue',
  agency: 'Agency',
  person: 'Delegation lead',
  topic: 'Topic',
};

/** What a field holds, and so how a match in it is explained (src/lib/search-explanations.ts). */
export type FieldRole =
  /** The page's heading (a release's title, a dialogue's or an agency's name): shown as the result's link. */
  | { role: 'heading' }
  /** A fact shown on the result's facts line (a date of issue, a dialogue's dates and place). */
  | { role: 'fact' }
  /** The office that issued a release, or its dateline. */
  | { role: 'office' | 'dateline' }
  /** One agency of a side's delegation (a list of names, src/lib/search-names.ts). */
  | { role: 'agency'; side: Country }
  /** A side's lead: their name, and the title the source gives. */
  | { role: 'lead'; side: Country }
  /** Topics, one name each. */
  | { role: 'topics' }
  /** An agency page's other names. */
  | { role: 'also' };

/**
 * The field names. A release's fields and another kind's are named apart so that they can be weighted apart:
 * a release comes before a page of another kind that matches as well (see `SEARCH_META_WEIGHTS`).
 */
export const FIELDS = {
  /** A release's title. Pagefind would take the first `h1` as `title` on every page, so other kinds set it empty. */
  title: 'title',
  /** The heading of a page of another kind. */
  name: 'name',
  /** A release's date of issue, when stated ("February 9, 2018"). */
  date: 'date',
  /** The dialogue a release reports ("Second U.S.–France Cyber Dialogue"). */
  dialogue: 'dialogue',
  office: 'office',
  dateline: 'dateline',
  /** A dialogue's dates and place, when known. */
  when: 'when',
  place: 'place',
  /** An agency page's other names. */
  also: 'also',
  /** The topics a release's text does not name. */
  topics: 'topics',
  /** A dialogue's topics. */
  dialogueTopics: 'dtopics',
  /** The `n`th agency (from 1) of a side's delegation on a release: `us1`, `fr3`. */
  agency: (side: Country, n: number) => `${side}${n}`,
  /** The same on a dialogue page: `dus1`. */
  dialogueAgency: (side: Country, n: number) => `d${side}${n}`,
  lead: (side: Country) => `${side}-lead`,
  dialogueLead: (side: Country) => `d${side}-lead`,
} as const;

/** What a field is, by its name; undefined for a field the search page does not know (it then explains nothing). */
export function fieldRole(field: string): FieldRole | undefined {
  switch (field) {
    case FIELDS.title:
    case FIELDS.name:
      return { role: 'heading' };
    case FIELDS.date:
    case FIELDS.dialogue:
    case FIELDS.when:
    case FIELDS.place:
      return { role: 'fact' };
    case FIELDS.office:
      return { role: 'office' };
    case FIELDS.dateline:
      return { role: 'dateline' };
    case FIELDS.also:
      return { role: 'also' };
    case FIELDS.topics:
    case FIELDS.dialogueTopics:
      return { role: 'topics' };
  }
  const sided = /^d?(us|fr)(?:(\d+)|-lead)$/.exec(field);
  if (!sided) return undefined;
  const side = sided[1] as Country;
  return sided[2] ? { role: 'agency', side } : { role: 'lead', side };
}

/**
 * How much a match in a field counts. Pagefind boosts a page by a field's weight when a term matches in it (1 by
 * default, 5 for `title`). A heading counts most; a field of names or facts counts less than the page's own text
 * (`NAMES_WEIGHT`), so that a page whose text says the words comes before one found through a name; and a page of
 * another kind weighs a little less than a release (`OTHER_KIND_WEIGHT`), so that for the same match a release
 * comes first.
 */
export const HEADING_WEIGHT = 5;
export const NAMES_WEIGHT = 0.3;
export const OTHER_KIND_WEIGHT = 0.9;

/** The largest delegation whose agency fields get a weight of their own; further ones count as Pagefind's default. */
const WEIGHTED_AGENCIES = 40;

/** Pagefind's `ranking.metaWeights` for the search page. */
export function searchMetaWeights(): Record<string, number> {
  const other = (weight: number) => weight * OTHER_KIND_WEIGHT;
  const weights: Record<string, number> = {
    [FIELDS.title]: HEADING_WEIGHT,
    [FIELDS.name]: other(HEADING_WEIGHT),
  };
  for (const field of [FIELDS.date, FIELDS.dialogue, FIELDS.office, FIELDS.dateline, FIELDS.topics]) weights[field] = NAMES_WEIGHT;
  for (const field of [FIELDS.when, FIELDS.place, FIELDS.also, FIELDS.dialogueTopics]) weights[field] = other(NAMES_WEIGHT);
  for (const side of ['us', 'fr'] as const) {
    weights[FIELDS.lead(side)] = NAMES_WEIGHT;
    weights[FIELDS.dialogueLead(side)] = other(NAMES_WEIGHT);
    for (let n = 1; n <= WEIGHTED_AGENCIES; n++) {
      weights[FIELDS.agency(side, n)] = NAMES_WEIGHT;
      weights[FIELDS.dialogueAgency(side, n)] = other(NAMES_WEIGHT);
    }
  }
  return weights;
}

/** The weight of a page's indexed text (`data-pagefind-weight`): a release's counts fully, another kind's a little less. */
export function textWeight(kind: PageKind): number | undefined {
  return kind === 'release' ? undefined : OTHER_KIND_WEIGHT;
}
