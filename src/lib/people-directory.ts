/** The delegation leads as a directory: grouped by country (U.S. first), each group in the order they first led. */
import type { Entry, Person } from './archive-content.ts';
import type { LeadRecord } from './archive-index.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';

/** People who led no dialogue come last in their group; ties go by name. */
export function peopleByCountry(
  people: Iterable<Entry<Person>>,
  leadsByPerson: ReadonlyMap<string, LeadRecord[]>,
): { country: Country; people: Entry<Person>[] }[] {
  const firstLed = (id: string) => leadsByPerson.get(id)?.[0]?.dialogue.ordinal ?? Number.POSITIVE_INFINITY;
  const all = [...people].sort((a, b) => firstLed(a.id) - firstLed(b.id) || a.data.name.localeCompare(b.data.name, 'en'));
  return COUNTRIES.map((country) => ({ country, people: all.filter((person) => person.data.country === country) }));
}
