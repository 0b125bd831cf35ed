/**
 * Entries an import needs that the registries do not have: unknown agencies, people and dialogues.
 * They are written as YAML to paste (or, with --add-unknown, to append), marked as needing review,
 * and built only from what the release states.
 */
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Place } from '../schemas/place.ts';
import { Document, isMap, type Scalar, type YAMLMap } from 'yaml';

export interface AgencyAddition {
  id: string;
  name: string;
  country: Country;
  /** The release file the name was found in. */
  foundIn: string;
}

export interface PersonAddition {
  id: string;
  name: string;
  country: Country;
}

export interface DialogueAddition {
  id: string;
  ordinal: number;
  dates: PartialDate;
  place: Place;
  release: string;
  quote: string;
}

export interface RegistryAdditions {
  agencies: AgencyAddition[];
  people: PersonAddition[];
  dialogues: DialogueAddition[];
}

export const noAdditions = (): RegistryAdditions => ({ agencies: [], people: [], dialogues: [] });

export function hasAdditions(additions: RegistryAdditions): boolean {
  return additions.agencies.length + additions.people.length + additions.dialogues.length > 0;
}

/**
 * The agency registry requires a description and an official website; the importer knows neither, so it writes
 * a description that says so and a reserved `.invalid` address (RFC 2606) that can never be mistaken for a real site.
 */
export const UNREVIEWED_AGENCY_WEBSITE = 'https://needs-review.invalid/';

/** YAML entries keyed by id, in the registries' layout; `flowKeys` are written `{ … }` on one line, as the registries do. */
function registryYaml(entries: Record<string, Record<string, unknown>>, flowKeys: ReadonlyArray<string> = []): string {
  const doc = new Document(entries, { compat: 'yaml-1.1' });
  for (const entry of (doc.contents as YAMLMap<Scalar, YAMLMap>).items) {
    for (const key of flowKeys) {
      const value = entry.value?.get(key, true);
      if (isMap(value)) value.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: true }).trimEnd();
}

/** Lines to add to content/agencies.yaml. */
export function agencyAdditionsYaml(agencies: ReadonlyArray<AgencyAddition>): string {
  return registryYaml(
    Object.fromEntries(
      agencies.map((agency) => [
        agency.id,
        {
          name: agency.name,
          country: agency.country,
          description: `Not yet described: added by the importer from ${agency.foundIn}; to be reviewed.`,
          website: UNREVIEWED_AGENCY_WEBSITE,
          needsReview: true,
        },
      ]),
    ),
  );
}

/** Lines to add to content/people.yaml. */
export function personAdditionsYaml(people: ReadonlyArray<PersonAddition>): string {
  return registryYaml(Object.fromEntries(people.map((person) => [person.id, { name: person.name, country: person.country, needsReview: true }])));
}

/** Lines to add to content/dialogues.yaml, each fact cited with the passage of the release that states it. */
export function dialogueAdditionsYaml(dialogues: ReadonlyArray<DialogueAddition>): string {
  return registryYaml(
    Object.fromEntries(
      dialogues.map((dialogue) => [
        dialogue.id,
        { ordinal: dialogue.ordinal, dates: dialogue.dates, place: dialogue.place, sources: [{ release: dialogue.release, quote: dialogue.quote }] },
      ]),
    ),
    ['dates', 'place'],
  );
}

/** The additions as one text per registry file, for the message that asks a person to add them. */
export function additionsByFile(additions: RegistryAdditions): Array<{ file: string; yaml: string }> {
  const files: Array<{ file: string; yaml: string }> = [];
  if (additions.agencies.length > 0) files.push({ file: 'agencies.yaml', yaml: agencyAdditionsYaml(additions.agencies) });
  if (additions.people.length > 0) files.push({ file: 'people.yaml', yaml: personAdditionsYaml(additions.people) });
  if (additions.dialogues.length > 0) files.push({ file: 'dialogues.yaml', yaml: dialogueAdditionsYaml(additions.dialogues) });
  return files;
}
