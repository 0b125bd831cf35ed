/**
 * Turning a raw scraped press release into the MDX file of a release: the pure core of the importer.
 * It reads, decides what the text states, and says what it could not decide; it never touches the disk.
 */
import { parse as parseYaml } from 'yaml';
import { indexAgencyNames, normalizeAgencyName } from '../lib/agency-names.ts';
import { partialDateEnd, partialDateStart } from '../lib/dates.ts';
import { releaseSlug, slugify } from '../lib/slugs.ts';
import { findTopicEvidence, suggestTopics } from '../lib/topics.ts';
import type { Country } from '../schemas/country.ts';
import type { PartialDate } from '../schemas/dates.ts';
import { plainReference } from '../schemas/reference.ts';
import { DOCUMENT_TYPES, releaseSchema, type DocumentType } from '../schemas/release.ts';
import type { CitedSource } from '../schemas/source.ts';
import { DateReadingError } from './calendar-dates.ts';
import type { ContentRegistry } from './content-registry.ts';
import { findDelegations } from './delegation-text.ts';
import { findDialogueFacts, type DialogueFacts } from './dialogue-facts.ts';
import { dialogueIdForOrdinal } from './dialogue-ordinals.ts';
import { paragraphToMdx, type MentionSpan } from './mdx-text.ts';
import { whyNotUsFrance } from './partner-country.ts';
import { writeReleaseFrontmatter, type DelegationLines, type ReleaseFrontmatter } from './release-frontmatter.ts';
import { splitRelease } from './release-header.ts';
import { noAdditions, type RegistryAdditions } from './registry-additions.ts';
import { removeScrapingDebris } from './scraping-debris.ts';

export interface ImportOptions {
  /** The raw file's name, recorded as `source.file`. */
  fileName: string;
  /** The title, for a release whose text has none (or to replace the one it has). */
  title?: string;
  /** Where the title comes from when the text does not carry it. */
  titleSource?: Partial<CitedSource> & { url: string };
  /** The document type, for a release whose header does not give it. */
  documentType?: DocumentType;
  /** Topics confirmed by a person, instead of the suggested ones. */
  topics?: string[];
}

export interface ImportedRelease {
  slug: string;
  mdx: string;
  frontmatter: ReleaseFrontmatter;
  /** What the text states, in plain words, for the person importing. */
  found: string[];
  /** What the importer could not decide, or a person must confirm. */
  toConfirm: string[];
  /** Registry entries the release needs that the registries lack. */
  additions: RegistryAdditions;
}

/** A release the importer cannot turn into a file; the message says what is wrong and what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const DEFAULT_TITLE_SOURCE_SUPPORTS = 'The scraped text has no title line; this is the heading under which the note was published.';

/** Decodes the bytes of a raw file as UTF-8 text; refuses empty and binary files. */
export function decodeReleaseBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes))) {
    throw new ImportError(`${fileName} is empty: there is no release text to import.`);
  }
  if (bytes.includes(0)) {
    throw new ImportError(`${fileName} is a binary file (it contains NUL bytes), not the text of a press release. Import the plain-text file of the release.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${fileName} is not UTF-8 text (it contains bytes that are not characters): is it a binary file? Import the plain-text file of the release.`);
  }
}

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

function joinWithAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Imports one raw release against the registries. Throws ImportError for a text that is not a U.S.–France release,
 * that has no text, no date, no title (without `options.title`), or facts that contradict the registry.
 */
export function importRelease(raw: string, registry: ContentRegistry, options: ImportOptions): ImportedRelease {
  const { fileName } = options;
  const found: string[] = [];
  const toConfirm: string[] = [];
  const additions = noAdditions();

  const cleaned = removeScrapingDebris(raw);
  const { header, paragraphs } = splitRelease(cleaned.text);
  if (paragraphs.length === 0) {
    throw new ImportError(
      header.title
        ? `${fileName} has a title ("${header.title}") but no text: there is no release body to import.`
        : `${fileName} has no release text once its scraping debris is removed.`,
    );
  }
  const text = paragraphs.join('\n\n');
  const notUsFrance = whyNotUsFrance(`${header.title ?? ''}\n${text}`);
  if (notUsFrance) throw new ImportError(`${fileName} is not a release about the U.S.–France Cyber Dialogue: ${notUsFrance}. The archive holds only that dialogue.`);

  // Header.
  const title = options.title?.trim() || header.title;
  if (!title) {
    throw new ImportError(`${fileName} has no title line, and a title cannot be invented. Pass the title under which the release was published: --title "…" (and --title-source-url URL to cite where it comes from).`);
  }
  if (options.title && header.title && options.title.trim() !== header.title) toConfirm.push(`Title: --title replaces the title in the text ("${header.title}").`);
  const documentType = header.documentType ?? options.documentType;
  if (!documentType) {
    throw new ImportError(`${fileName} does not say what kind of document it is (${Object.values(DOCUMENT_TYPES).join(', ')}). Pass --document-type with one of: ${Object.keys(DOCUMENT_TYPES).join(', ')}.`);
  }
  const issued = header.issued ?? 'unknown';
  found.push(`Title: ${title}${header.title ? '' : ' (given with --title)'}`);
  found.push(`Document type: ${DOCUMENT_TYPES[documentType]}`);
  found.push(`Office: ${header.office ?? 'unknown (not in the text)'}`);
  found.push(`Dateline: ${header.dateline ?? 'unknown (not in the text)'}`);
  found.push(`Date of issue: ${header.issued ?? 'unknown (not in the text)'}`);
  if (header.unrecognised.length > 0) toConfirm.push(`Header lines not understood, kept at the start of the text: ${header.unrecognised.map((line) => `"${line}"`).join(', ')}.`);

  const slug = releaseSlug(issued, title);

  // The dialogue.
  let facts: ReturnType<typeof findDialogueFacts>;
  try {
    facts = findDialogueFacts(text, header.issued);
  } catch (error) {
    if (error instanceof DateReadingError) throw new ImportError(`${fileName}: ${error.message}. Add the date of issue to the header line of the file, or the year to the dates.`);
    throw error;
  }
  if (!header.issued && !facts.reported?.dates) {
    throw new ImportError(`${fileName} gives no date: no date of issue in its header and no dates of the meeting in its text. A release is placed in the archive by its dates; check that the file is the whole release.`);
  }
  const dialogueId = matchDialogue(facts.reported, { registry, slug, fileName, found, toConfirm, additions, reported: true });
  for (const earlier of facts.earlier) matchDialogue(earlier, { registry, slug, fileName, found, toConfirm, additions, reported: false });

  // Delegations, and the names the body wraps in mention components.
  const agencyIndex = indexAgencyNames(registry.agencies);
  const agencyName = new Map(registry.agencies.map((entry) => [entry.id, entry.data.name]));
  const spans: Array<MentionSpan & { absolute: true }> = [];
  const delegations: ReleaseFrontmatter['delegations'] = {};
  const newAgencyId = (name: string, country: Country): string => {
    const existing = additions.agencies.find((agency) => normalizeAgencyName(agency.name) === normalizeAgencyName(name) && agency.country === country);
    if (existing) return existing.id;
    let id = slugify(name);
    while (agencyName.has(id) || additions.agencies.some((agency) => agency.id === id)) id = `${id}-${country}`;
    additions.agencies.push({ id, name, country, foundIn: fileName });
    return id;
  };
  for (const delegation of findDelegations(text, (name, side) => agencyIndex.resolve(name, side).length > 0)) {
    const { side, lead } = delegation;
    if (delegations[side]) {
      toConfirm.push(`A second lead for the ${side} side ("${lead.name}") is not recorded; only the first is.`);
      continue;
    }
    const person = registry.people.find((entry) => entry.data.country === side && normalizeAgencyName(entry.data.name) === normalizeAgencyName(lead.name));
    let personId = person?.id;
    if (!personId) {
      personId = slugify(lead.name);
      if (registry.people.some((entry) => entry.id === personId)) personId = `${personId}-${side}`;
      additions.people.push({ id: personId, name: lead.name, country: side });
    }
    spans.push({ ...lead.nameSpan, component: 'Person', id: personId, absolute: true });
    const lines: DelegationLines = { lead: { person: personId, title: lead.title }, agencies: [] };
    for (const listed of delegation.agencies) {
      const ids = agencyIndex.resolve(listed.name, side);
      if (ids.length > 1) {
        throw new ImportError(`${fileName}: "${listed.written}" could be any of these agencies: ${ids.join(', ')}. Give each agency a name or alias of its own in agencies.yaml.`);
      }
      const id = ids[0] ?? newAgencyId(listed.name, side);
      spans.push({ ...listed.span, component: 'Agency', id, absolute: true });
      if (lines.agencies.some((line) => line.agency === id)) continue;
      const canonical = agencyName.get(id) ?? listed.name;
      lines.agencies.push(listed.name === canonical ? { agency: id } : { agency: id, wording: listed.name });
    }
    delegations[side] = lines;
    found.push(
      `${side === 'us' ? 'U.S.' : 'French'} lead: ${lead.name}${person ? ` (${personId})` : ' (not in the registry)'}, "${lead.title}"`,
      `${side === 'us' ? 'U.S.' : 'French'} agencies: ${lines.agencies.map((line) => line.agency + (line.wording ? ` ("${line.wording}")` : '')).join(', ') || 'none listed'}`,
    );
  }
  for (const side of ['us', 'fr'] as const) {
    if (!delegations[side]) toConfirm.push(`No lead found for the ${side === 'us' ? 'U.S.' : 'French'} side: its delegation is left out. If the text names one, add it by hand.`);
  }

  // Topics: suggested by the phrases kept with the topics, for a person to confirm.
  const bodyText = text.replace(/\s+/g, ' ');
  const suggested = suggestTopics(registry.topics, bodyText);
  let topics = suggested;
  if (options.topics) {
    for (const id of options.topics) {
      const topic = registry.topics.find((entry) => entry.id === id);
      if (!topic) throw new ImportError(`--topics: "${id}" is not a topic of topics.yaml (one of: ${registry.topics.map((entry) => entry.id).join(', ')}).`);
      if (!findTopicEvidence(topic.data, bodyText)) throw new ImportError(`--topics: "${id}" needs one of its phrases in the text (${topic.data.phrases.join('; ')}); none occurs.`);
    }
    topics = options.topics;
    found.push(`Topics (given with --topics): ${topics.join(', ')}`);
  } else {
    toConfirm.push(`Topics suggested from the text, to confirm: ${suggested.join(', ') || 'none'}.`);
  }
  if (topics.length === 0) throw new ImportError(`${fileName}: no topic's phrases occur in the text, and a release needs at least one topic. Add a phrase to a topic in topics.yaml, then import again.`);

  // Source.
  const missing = [!header.title && 'no title', !header.office && 'no issuing office', !header.dateline && 'no dateline', !header.issued && 'no date of issue'].filter(Boolean) as string[];
  const description = [
    'Text of the release as scraped from its web page to plain text.',
    cleaned.removed.length > 0 ? `Removed as scraping debris: ${cleaned.removed.join('; ')}.` : 'No scraping debris was found.',
    missing.length > 0 ? `The scraped text carries ${joinWithAnd(missing)}.` : '',
  ].filter(Boolean).join(' ');

  let titleSource: CitedSource | undefined;
  if (options.titleSource) {
    titleSource = {
      title: options.titleSource.title ?? 'Source of the title',
      url: options.titleSource.url,
      ...(options.titleSource.lang ? { lang: options.titleSource.lang } : {}),
      supports: options.titleSource.supports ?? DEFAULT_TITLE_SOURCE_SUPPORTS,
    };
  } else if (!header.title) {
    toConfirm.push('The title is not in the text and no --title-source-url cites where it comes from.');
  }

  const frontmatter: ReleaseFrontmatter = {
    title,
    ...(titleSource ? { titleSource } : {}),
    documentType,
    office: header.office ?? 'unknown',
    dateline: header.dateline ?? 'unknown',
    issued,
    dialogue: dialogueId,
    delegations,
    topics,
    source: { file: fileName, description },
  };

  // The body: each paragraph escaped, with its mentions.
  let offset = 0;
  const body = paragraphs.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + 2;
    const local = spans
      .filter((span) => span.start >= start && span.end <= start + paragraph.length)
      .map((span) => ({ start: span.start - start, end: span.end - start, component: span.component, id: span.id }));
    return paragraphToMdx(paragraph, local);
  });
  const mdx = `${writeReleaseFrontmatter(frontmatter)}\n${body.join('\n\n')}\n`;
  assertValidFrontmatter(mdx, fileName);
  return { slug, mdx, frontmatter, found, toConfirm, additions };
}

/** Checks the written frontmatter with the site's own release schema; a failure here is a bug in the importer. */
function assertValidFrontmatter(mdx: string, fileName: string): void {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!;
  const result = releaseSchema(plainReference).safeParse(parseYaml(yaml));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The importer wrote a frontmatter that the release schema rejects (${fileName}): ${issues}`);
  }
}

interface MatchContext {
  registry: ContentRegistry;
  slug: string;
  fileName: string;
  found: string[];
  toConfirm: string[];
  additions: RegistryAdditions;
  reported: boolean;
}

/**
 * The id of the registry's dialogue that facts describe, matched by ordinal or else by dates.
 * A dialogue the registry lacks becomes an addition, built only from the facts and cited with their passage.
 */
function matchDialogue(facts: DialogueFacts | undefined, context: MatchContext): string {
  const { registry, fileName, found, toConfirm, additions, reported } = context;
  const what = reported ? 'The dialogue it reports' : 'An earlier dialogue it names';
  if (!facts) throw new ImportError(`${fileName} does not say which dialogue it reports: it gives neither an ordinal ("sixth") nor dates of a meeting.`);
  const stated = `${facts.ordinalWritten ? `"${facts.ordinalWritten}"` : 'no ordinal'}, dates ${describeDates(facts.dates)}${facts.yearFromIssue ? ' (year from the date of issue)' : ''}, place ${facts.placeWritten ?? 'not stated'}`;
  if (facts.unrecognisedPlace) toConfirm.push(`${what}: "in ${facts.unrecognisedPlace}" is not a city the importer knows; the place is left to a person.`);

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
    if (facts.dates && match.data.dates.precision === 'unknown') toConfirm.push(`dialogues.yaml has no dates for "${match.id}"; the release states ${describeDates(facts.dates)}.`);
    found.push(`${what}: ${stated} → "${match.id}" (ordinal ${match.data.ordinal}, already in dialogues.yaml${facts.ordinal === undefined ? ', matched by its dates' : ''})`);
    return match.id;
  }
  if (facts.ordinal === undefined) {
    throw new ImportError(`${fileName}: ${what.toLowerCase()} (${stated}) is not numbered, and its dates match no dialogue in dialogues.yaml. Add the dialogue to dialogues.yaml by hand, with its ordinal and a source, then import again.`);
  }
  const id = dialogueIdForOrdinal(facts.ordinal);
  if (registry.dialogues.some((entry) => entry.id === id)) throw new ImportError(`${fileName}: dialogues.yaml already uses the id "${id}" for another ordinal.`);
  if (!additions.dialogues.some((dialogue) => dialogue.id === id)) {
    additions.dialogues.push({
      id,
      ordinal: facts.ordinal,
      dates: facts.dates ?? { precision: 'unknown' },
      place: facts.place ?? { kind: 'unknown', note: 'The release does not say where the meeting took place.' },
      release: context.slug,
      quote: facts.quote,
    });
  }
  found.push(`${what}: ${stated} → "${id}" (not in dialogues.yaml)`);
  return id;
}
