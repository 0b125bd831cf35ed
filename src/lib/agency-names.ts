/**
 * Resolving the names agencies go by in releases ("the Ministry of Home Affairs", "ODNI",
 * "the Departments of Defense, Homeland Security, Justice, and State") to registry ids.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Country } from '../schemas/country.ts';

/** Case, leading "the", dots in "U.S." and spacing do not distinguish names. */
export function normalizeAgencyName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}

export interface AgencyNameIndex {
  /** The ids of the agencies of `country` (or of any country) that go by `name`. */
  resolve(name: string, country?: Country): string[];
}

/**
 * Indexes every name of every agency: its name, acronym, French name, aliases, and "Name (ACRONYM)".
 * Built once, in time linear in the registry; each lookup is a map access.
 */
export function indexAgencyNames(agencies: ReadonlyArray<{ id: string; data: Agency }>): AgencyNameIndex {
  const byName = new Map<string, Array<{ id: string; country: Country }>>();
  const add = (name: string, id: string, country: Country) => {
    const key = normalizeAgencyName(name);
    const list = byName.get(key) ?? [];
    if (!list.some((entry) => entry.id === id)) list.push({ id, country });
    byName.set(key, list);
  };
  for (const { id, data } of agencies) {
    const names = [data.name, ...data.aliases];
    for (const name of names) {
      add(name, id, data.country);
      if (data.acronym) add(`${name} (${data.acronym})`, id, data.country);
    }
    if (data.acronym) add(data.acronym, id, data.country);
    if (data.localName) add(data.localName, id, data.country);
  }
  return {
    resolve(name, country) {
      const found = byName.get(normalizeAgencyName(name)) ?? [];
      return found.filter((entry) => !country || entry.country === country).map((entry) => entry.id);
    },
  };
}

const COMPOUND = /^(?:the\s+)?(Departments|Ministries)\s+of\s+(?:the\s+)?(.+)$/i;

/**
 * Splits a compound phrase into the names it stands for:
 * "the Departments of Defense, Homeland Security, Justice, and State" →
 * ["Department of Defense", "Department of Homeland Security", "Department of Justice", "Department of State"].
 * Any other name comes back alone.
 */
export function expandCompoundAgencyName(phrase: string): string[] {
  const match = COMPOUND.exec(phrase.trim());
  if (!match) return [phrase.trim()];
  const singular = match[1]!.toLowerCase() === 'departments' ? 'Department' : 'Ministry';
  return match[2]!
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => `${singular} of ${part}`);
}

/**
 * The names an agency goes by besides its canonical name: its registry aliases, then any `extraNames`
 * (the wordings releases used), without repeats and leaving out `alreadyShown`, compared without regard to case.
 * The agency page lists them all; a release page leaves out what it already shows beside the agency
 * ("Name (ACRONYM)" and the release's own wording), so that the rest can be listed, and indexed for search, once.
 * @example otherAgencyNames(interiorMinistry) // ["Ministry of Home Affairs"]
 */
export function otherAgencyNames(
  agency: Pick<Agency, 'name' | 'aliases'>,
  extraNames: Iterable<string> = [],
  alreadyShown: Iterable<string | undefined> = [],
): string[] {
  const seen = new Set([agency.name, ...alreadyShown].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase()));
  const names: string[] = [];
  for (const name of [...agency.aliases, ...extraNames]) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
