/** The agency registry as a directory: grouped by country, U.S. first, each group sorted by name. */
import type { Agency, Entry } from './archive-content.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';

export function agenciesByCountry(agencies: Iterable<Entry<Agency>>): { country: Country; agencies: Entry<Agency>[] }[] {
  const all = [...agencies].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return COUNTRIES.map((country) => ({ country, agencies: all.filter((agency) => agency.data.country === country) }));
}
