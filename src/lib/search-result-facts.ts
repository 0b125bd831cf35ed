/**
 * How a search result presents itself, from what the index keeps of its page: its kind, its heading and the facts
 * line under it ("Release · February 9, 2018 · Second U.S.–France Cyber Dialogue"). Runs in the browser (no DOM).
 */
import type { Country } from '../schemas/country.ts';
import { COUNTRY_NAMES } from './countries.ts';
import { FIELDS, PAGE_KIND_LABELS, PAGE_KINDS, type PageKind } from './search-fields.ts';

/** What the index keeps of a page, as far as presenting it goes. */
export interface IndexedPage {
  url: string;
  meta: Readonly<Record<string, string | undefined>>;
  filters: Readonly<Record<string, readonly string[] | undefined>>;
}

/** The page's kind, from its `kind` filter value. */
export function pageKind(page: IndexedPage): PageKind | undefined {
  const [kind] = page.filters.kind ?? [];
  return (PAGE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as PageKind) : undefined;
}

/** The page's heading: a release's title, another page's name (its URL if the index has neither). */
export function resultHeading(page: IndexedPage): string {
  return page.meta[FIELDS.title] || page.meta[FIELDS.name] || page.url;
}

/** The facts line's parts: the kind, then a release's date and dialogue, a dialogue's dates and place, a page's country. */
export function resultFacts(page: IndexedPage): string[] {
  const kind = pageKind(page);
  const { meta } = page;
  const countries = (page.filters.country ?? []).map((country) => COUNTRY_NAMES[country as Country]).filter(Boolean);
  const facts: (string | undefined)[] = [kind && PAGE_KIND_LABELS[kind]];
  switch (kind) {
    case 'release':
      facts.push(meta[FIELDS.date] ?? 'date of issue not stated in the source', meta[FIELDS.dialogue]);
      break;
    case 'dialogue':
      facts.push(meta[FIELDS.when] ?? 'dates not known', meta[FIELDS.place]);
      break;
    case 'agency':
    case 'person':
      facts.push(...countries);
      break;
  }
  return facts.filter((fact): fact is string => Boolean(fact));
}
