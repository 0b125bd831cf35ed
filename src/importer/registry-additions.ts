/**
 * Entries an import needs that the registries do not have: unknown agencies, people and dialogues.
 * They are written as YAML to paste (or, with --add-unknown, to append), marked as needing review,
 * and built only from what the release states.
 */
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { Place } from '../schemas/place.ts';
import { yamlString } from './release-frontmatter.ts';

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

/** Lines to add to content/agencies.yaml. */
export function agencyAdditionsYaml(agencies: ReadonlyArray<AgencyAddition>): string {
  return agencies
    .map((agency) =>
      [
        `${agency.id}:`,
        `  name: ${yamlString(agency.name)}`,
        `  country: ${agency.country}`,
        `  description: ${yamlString(`Not yet described: added by the importer from ${agency.foundIn}; to be reviewed.`)}`,
        `  website: ${UNREVIEWED_AGENCY_WEBSITE}`,
        '  needsReview: true',
      ].join('\n'),
    )
    .join('\n');
}

/** Lines to add to content/people.yaml. */
export function personAdditionsYaml(people: ReadonlyArray<PersonAddition>): string {
  return people.map((person) => [`${person.id}:`, `  name: ${yamlString(person.name)}`, `  country: ${person.country}`, '  needsReview: true'].join('\n')).join('\n');
}

function partialDateYaml(dates: PartialDate): string {
  switch (dates.precision) {
    case 'day':
      return `{ precision: day, date: "${dates.date}" }`;
    case 'day-range':
      return `{ precision: day-range, start: "${dates.start}", end: "${dates.end}" }`;
    case 'month':
      return `{ precision: month, month: "${dates.month}" }`;
    case 'unknown':
      return '{ precision: unknown }';
  }
}

function placeYaml(place: Place): string {
  switch (place.kind) {
    case 'city':
      return `{ kind: city, city: ${yamlString(place.city, true)}, country: ${place.country} }`;
    case 'virtual':
      return '{ kind: virtual }';
    case 'unknown':
      return place.note ? `{ kind: unknown, note: ${yamlString(place.note, true)} }` : '{ kind: unknown }';
  }
}

/** Lines to add to content/dialogues.yaml, each fact cited with the passage of the release that states it. */
export function dialogueAdditionsYaml(dialogues: ReadonlyArray<DialogueAddition>): string {
  return dialogues
    .map((dialogue) =>
      [
        `${dialogue.id}:`,
        `  ordinal: ${dialogue.ordinal}`,
        `  dates: ${partialDateYaml(dialogue.dates)}`,
        `  place: ${placeYaml(dialogue.place)}`,
        '  sources:',
        `    - release: ${dialogue.release}`,
        `      quote: ${yamlString(dialogue.quote)}`,
      ].join('\n'),
    )
    .join('\n');
}

/** The additions as one text per registry file, for the message that asks a person to add them. */
export function additionsByFile(additions: RegistryAdditions): Array<{ file: string; yaml: string }> {
  const files: Array<{ file: string; yaml: string }> = [];
  if (additions.agencies.length > 0) files.push({ file: 'agencies.yaml', yaml: agencyAdditionsYaml(additions.agencies) });
  if (additions.people.length > 0) files.push({ file: 'people.yaml', yaml: personAdditionsYaml(additions.people) });
  if (additions.dialogues.length > 0) files.push({ file: 'dialogues.yaml', yaml: dialogueAdditionsYaml(additions.dialogues) });
  return files;
}
