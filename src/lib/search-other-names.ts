/**
 * The other names of a release's agencies, shown on the release page so that people (and the search index,
 * which reads the page) find the release by any name the agency goes by, not only the one the text uses:
 * the 2024 note writes "Ministry of Home Affairs", the 2018 one "Ministry of the Interior".
 */
import type { Agency } from '../schemas/agency.ts';

/**
 * The aliases of an agency that the release page does not already show: not its name, not its name with
 * its acronym, and not the release's own wording (shown beside the agency). Compared without regard to case.
 * @example otherAgencyNames(interiorMinistry, undefined) // ["Ministry of Home Affairs"]
 */
export function otherAgencyNames(agency: Pick<Agency, 'name' | 'acronym' | 'aliases'>, wording?: string): string[] {
  const shown = [agency.name, agency.acronym && `${agency.name} (${agency.acronym})`, wording]
    .filter((name): name is string => Boolean(name))
    .map((name) => name.toLowerCase());
  const names: string[] = [];
  for (const alias of agency.aliases) {
    const key = alias.toLowerCase();
    if (!shown.includes(key) && !names.some((name) => name.toLowerCase() === key)) names.push(alias);
  }
  return names;
}
