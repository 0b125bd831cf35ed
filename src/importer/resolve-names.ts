/**
 * The names a release states, resolved against the registries: the dialogue it reports (and the earlier ones it
 * names), its delegations' leads and agencies. What the registries lack becomes a registry addition built only from
 * the text; each function returns its value with its notes and additions and changes nothing it was given.
 */
import { indexAgencyNames, normalizeAgencyName } from '../lib/agency-names.ts';
import { SIDE_ADJECTIVES } from '../lib/countries.ts';
import { partialDateEnd, partialDateStart } from '../lib/dates.ts';
import { slugify } from '../lib/slugs.ts';
import { COUNTRIES, type Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import type { ReleaseFrontmatter } from '../schemas/release.ts';
import type { ContentRegistry } from './content-registry.ts';
import type { DelegationInText } from './delegation-text.ts';
import type { DialogueFacts } from './dialogue-facts.ts';
import { dialogueIdForOrdinal } from './dialogue-ordinals.ts';
import { ImportError } from './import-error.ts';
import type { MentionSpan } from './mdx-text.ts';
import type { AgencyAddition, DialogueAddition, PersonAddition } from './registry-additions.ts';
import { collectStages, stage, type Stage } from './stage.ts';

type Delegations = ReleaseFrontmatter['delegations'];
type DelegationLines = NonNullable<Delegations['us']>;

function datesOverlap(a: PartialDate, b: PartialDate): boolean {
  const [aStart, aEnd, bStart, bEnd] = [partialDateStart(a), partialDateEnd(a), partialDateStart(b), partialDateEnd(b)];
  if (!aStart || !aEnd || !bStart || !bEnd) return false;
  return aStart <= bEnd && bStart <= aEnd;
}

function describeDates(dates: PartialDate | undefined): string {
  if (!dates) return 'not stated';
  switch (dates.precision) {
    case 'day':
      return dates.date;
    case 'day-range':
      return `${dates.start} to ${dates.end}`;
    case 'month':
      return dates.month;
    case 'unknown':
      return 'unknown';
  }
}

/**
 * The id of the registry's dialogue that facts describe, matched by ordinal or else by dates. A dialogue the
 * registry lacks becomes an addition, built only from the facts and cited with their passage in release `slug`.
 */
export function resolveDialogue(facts: DialogueFacts, registry: ContentRegistry, slug: string, fileName: string, reported: boolean): Stage<string> {
  const what = reported ? 'The dialogue it reports' : 'An earlier dialogue it names';
  const stated = `${facts.ordinalWritten ? `"${facts.ordinalWritten}"` : 'no ordinal'}, dates ${describeDates(facts.dates)}${facts.yearFromIssue ? ' (year from the date of issue)' : ''}, place ${facts.placeWritten ?? 'not stated'}`;
  const check = facts.unrecognisedPlace ? [`${what}: "in ${facts.unrecognisedPlace}" is not a city the importer knows; the place is left to a person.`] : [];

  let match = facts.ordinal !== undefined ? registry.dialogues.find((entry) => entry.data.ordinal === facts.ordinal) : undefined;
  if (!match && facts.ordinal === undefined && facts.dates) {
    const candidates = registry.dialogues.filter((entry) => datesOverlap(entry.data.dates, facts.dates!));
    if (candidates.length > 1) throw new ImportError(`${fileName}: the dates ${describeDates(facts.dates)} fit more than one dialogue (${candidates.map((entry) => entry.id).join(', ')}).`);
    match = candidates[0];
  }
  if (match) {
    if (facts.dates && match.data.dates.precision !== 'unknown' && !datesOverlap(match.data.dates, facts.dates)) {
      throw new ImportError(`${fileName}: ${what.toLowerCase()} (${stated}) has dates that contradict dialogues.yaml, where "${match.id}" is ${describeDates(match.data.dates)}. Check the release and the registry.`);
    }
    if (facts.dates && match.data.dates.precision === 'unknown') check.push(`dialogues.yaml has no dates for "${match.id}"; the release states ${describeDates(facts.dates)}.`);
    const decided = [`${what}: ${stated} → "${match.id}" (ordinal ${match.data.ordinal}, already in dialogues.yaml${facts.ordinal === undefined ? ', matched by its dates' : ''})`];
    return stage(match.id, { decided, check });
  }
  if (facts.ordinal === undefined) {
    throw new ImportError(`${fileName}: ${what.toLowerCase()} (${stated}) is not numbered, and its dates match no dialogue in dialogues.yaml. Add the dialogue to dialogues.yaml by hand, with its ordinal and a source, then import again.`);
  }
  const id = dialogueIdForOrdinal(facts.ordinal);
  if (registry.dialogues.some((entry) => entry.id === id)) throw new ImportError(`${fileName}: dialogues.yaml already uses the id "${id}" for another ordinal.`);
  const addition: DialogueAddition = {
    id,
    ordinal: facts.ordinal,
    dates: facts.dates ?? { precision: 'unknown' },
    place: facts.place ?? { kind: 'unknown', note: 'The release does not say where the meeting took place.' },
    release: slug,
    quote: facts.quote,
  };
  return stage(id, { decided: [`${what}: ${stated} → "${id}" (not in dialogues.yaml)`], check }, { dialogues: [addition] });
}

/** The dialogue a release reports and the earlier ones it names, each once. */
export function resolveDialogues(reported: DialogueFacts, earlier: ReadonlyArray<DialogueFacts>, registry: ContentRegistry, slug: string, fileName: string): Stage<string> {
  const main = resolveDialogue(reported, registry, slug, fileName, true);
  const others = earlier.map((facts) => resolveDialogue(facts, registry, slug, fileName, false));
  const { notes, additions } = collectStages([main, ...others]);
  const seen = new Set<string>();
  additions.dialogues = additions.dialogues.filter((dialogue) => !seen.has(dialogue.id) && seen.add(dialogue.id));
  return { value: main.value, notes, additions };
}

export interface ResolvedDelegations {
  delegations: Delegations;
  /** Where the body wraps names in `<Agency>`/`<Person>`, as offsets into the text the delegations were read from. */
  mentions: MentionSpan[];
}

/**
 * The delegations as frontmatter: each lead and agency resolved to a registry id (or a new one, as an addition),
 * agencies in the order listed, each once, with the wording of the text where it differs from the registry's name.
 */
export function resolveDelegations(found: ReadonlyArray<DelegationInText>, registry: ContentRegistry, fileName: string): Stage<ResolvedDelegations> {
  const agencyIndex = indexAgencyNames(registry.agencies);
  const agencyName = new Map(registry.agencies.map((entry) => [entry.id, entry.data.name]));
  const agencies: AgencyAddition[] = [];
  const people: PersonAddition[] = [];
  const decided: string[] = [];
  const check: string[] = [];
  const mentions: MentionSpan[] = [];
  const delegations: Delegations = {};

  const newAgencyId = (name: string, country: Country): string => {
    const existing = agencies.find((agency) => normalizeAgencyName(agency.name) === normalizeAgencyName(name) && agency.country === country);
    if (existing) return existing.id;
    let id = slugify(name);
    while (agencyName.has(id) || agencies.some((agency) => agency.id === id)) id = `${id}-${country}`;
    agencies.push({ id, name, country, foundIn: fileName });
    return id;
  };

  for (const { side, lead, agencies: listed } of found) {
    if (delegations[side]) {
      check.push(`A second lead for the ${SIDE_ADJECTIVES[side]} side ("${lead.name}") is not recorded; only the first is.`);
      continue;
    }
    const person = registry.people.find((entry) => entry.data.country === side && normalizeAgencyName(entry.data.name) === normalizeAgencyName(lead.name));
    let personId = person?.id;
    if (!personId) {
      personId = slugify(lead.name);
      if (registry.people.some((entry) => entry.id === personId)) personId = `${personId}-${side}`;
      people.push({ id: personId, name: lead.name, country: side });
    }
    mentions.push({ ...lead.nameSpan, component: 'Person', id: personId });
    const lines: DelegationLines = { lead: { person: personId, title: lead.title }, agencies: [] };
    for (const agency of listed) {
      const ids = agencyIndex.resolve(agency.name, side);
      if (ids.length > 1) {
        throw new ImportError(`${fileName}: "${agency.written}" could be any of these agencies: ${ids.join(', ')}. Give each agency a name or alias of its own in agencies.yaml.`);
      }
      const id = ids[0] ?? newAgencyId(agency.name, side);
      mentions.push({ ...agency.span, component: 'Agency', id });
      if (lines.agencies!.some((line) => line.agency === id)) continue;
      const canonical = agencyName.get(id) ?? agency.name;
      lines.agencies!.push(agency.name === canonical ? { agency: id } : { agency: id, wording: agency.name });
    }
    delegations[side] = lines;
    decided.push(
      `${SIDE_ADJECTIVES[side]} lead: ${lead.name}${person ? ` (${personId})` : ' (not in the registry)'}, "${lead.title}"`,
      `${SIDE_ADJECTIVES[side]} agencies: ${lines.agencies!.map((line) => line.agency + (line.wording ? ` ("${line.wording}")` : '')).join(', ') || 'none listed'}`,
    );
  }
  for (const side of COUNTRIES) {
    if (!delegations[side]) check.push(`No lead found for the ${SIDE_ADJECTIVES[side]} side: its delegation is left out. If the text names one, add it by hand.`);
  }
  return stage({ delegations, mentions }, { decided, check }, { agencies, people });
}
