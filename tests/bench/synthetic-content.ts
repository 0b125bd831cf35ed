/**
 * Deterministic synthetic archive content for the benchmark: releases, dialogues, agencies, people and topics,
 * all made from a seed with pure functions, so that a run at a size builds the same site on every machine.
 * Everything generated is marked as synthetic (ids start with `synthetic-`, titles with "Synthetic release"),
 * and valid for the site's schemas and cross-entry checks (src/schemas, src/lib/integrity.ts).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Country } from '../../src/schemas/country.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `count` distinct items, in a random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/** The registry entries the generator draws on besides its own: real agency ids by side, real topics. */
export interface RegistryInput {
  agencies: ReadonlyArray<{ id: string; name: string; country: Country }>;
  topics: ReadonlyArray<{ id: string; phrases: readonly string[] }>;
}

export interface SyntheticAgency {
  name: string;
  acronym: string;
  country: Country;
  description: string;
  website: string;
}
export interface SyntheticPerson {
  name: string;
  country: Country;
}
export interface SyntheticTopic {
  name: string;
  description: string;
  phrases: string[];
}
export interface SyntheticDialogue {
  ordinal: number;
  dates: { precision: 'day-range'; start: string; end: string };
  place: { kind: 'city'; city: string; country: Country };
  sources: Array<{ title: string; url: string; supports: string }>;
}
export interface SyntheticDelegation {
  lead: { person: string; title: string };
  agencies: Array<{ agency: string }>;
}
/** The frontmatter of a release, as written in its MDX file (references are ids). */
export interface SyntheticReleaseData {
  title: string;
  documentType: 'media-note' | 'joint-statement' | 'press-statement' | 'readout';
  office: string;
  dateline: string;
  issued: string;
  dialogue: string;
  delegations: { us: SyntheticDelegation; fr: SyntheticDelegation };
  topics: string[];
  source: { description: string; file: string; path: string; sha256: string };
}
export interface SyntheticRelease {
  /** The entry id (the file name without `.mdx`). */
  id: string;
  data: SyntheticReleaseData;
  /** The MDX body, with `<Agency id>` and `<Person id>` mentions as the real releases have. */
  body: string;
  /** The raw file the release stands for (its text, plain), kept at `data.source.path` with its SHA-256 recorded. */
  sourceText: string;
}

export interface SyntheticArchive {
  agencies: Record<string, SyntheticAgency>;
  people: Record<string, SyntheticPerson>;
  topics: Record<string, SyntheticTopic>;
  dialogues: Record<string, SyntheticDialogue>;
  releases: SyntheticRelease[];
}

export interface GenerateOptions {
  /** How many releases. */
  releases: number;
  seed?: number;
  /** Synthetic agencies per side (besides the real registry). */
  agenciesPerSide?: number;
}

export const DEFAULT_SEED = 20240311;
/** Releases per synthetic dialogue, on average; there are at least four dialogues. */
const RELEASES_PER_DIALOGUE = 25;
/** The first ordinal of the synthetic dialogues, after the real series (1–6). */
const FIRST_SYNTHETIC_ORDINAL = 7;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2026;

// Common words of the releases' register; the rest of the vocabulary is made of syllables (below).
const COMMON_WORDS = (
  'the of and to in a for on with by as that their both sides delegations discussed reaffirmed cooperation ' +
  'cyberspace security policy partners government agencies bilateral dialogue meeting international stability ' +
  'framework efforts joint commitment responsible behavior states information networks technology digital ' +
  'resilience threats response incident exchange experts working group strategy priorities agenda session ' +
  'officials ministers national defense law enforcement standards supply chain data privacy protection ' +
  'governance principles transparency confidence measures regional allies global open interoperable reliable ' +
  'secure internet economy innovation research workforce training exercises coordination sharing vulnerabilities ' +
  'operations attribution deterrence accountability sanctions diplomacy engagement progress review initiatives ' +
  'commitments declaration roadmap consultations outcomes future next year plenary annual continued ongoing'
).split(' ');
const SYLLABLES = (
  'ka lo mi ra ve tu sen dor pla qui zen bro fa lin tor mes cal vin ro da pe su gra nel tis mon ber cor ' +
  'fin lu sta pri vo nam ter ge ol ax im un ev os ar el ul ri ba de ko ma ne po'
).split(' ');
const SYNTHETIC_VOCABULARY_SIZE = 6000;

const CITIES: ReadonlyArray<[string, Country]> = [
  ['Paris', 'fr'], ['Washington, D.C.', 'us'], ['Lyon', 'fr'], ['New York', 'us'], ['Strasbourg', 'fr'], ['Boston', 'us'],
];
const DOCUMENT_TYPES = ['media-note', 'joint-statement', 'press-statement', 'readout'] as const;
const FIRST_NAMES = ['Alex', 'Camille', 'Jordan', 'Dominique', 'Morgan', 'Claude', 'Taylor', 'Sacha', 'Casey', 'Maxime'];
const LAST_NAMES = ['Example', 'Sample', 'Testwell', 'Placeholder', 'Mockley', 'Fixture', 'Dummond', 'Synthe'];
const SYNTHETIC_TOPIC_WORDS = ['quasar', 'meridian', 'lattice', 'harbor', 'prism', 'orbit', 'cascade', 'beacon'];

/** A pseudo-word made of 2–4 syllables: vocabulary that grows the index as real, varied text does. */
function syntheticWord(random: Random): string {
  let word = '';
  const syllables = int(random, 2, 4);
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  return word;
}

/** Draws words with a Zipf-like frequency (rank r with weight 1/(r+1)), as words in text are. */
function zipfSampler(words: readonly string[]): (random: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative.push((total += 1 / (rank + 1)));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

/** Adds days to an ISO date (UTC, so that no time zone moves it). */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelledDate = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/** A list in prose: "a, b, and c". */
function proseList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/**
 * Generates a synthetic archive of `releases` releases (same options ⇒ same archive).
 * Agencies are drawn from the real registry and from synthetic ones; topics likewise; dialogues and people are synthetic.
 */
export function generateSyntheticArchive(registry: RegistryInput, options: GenerateOptions): SyntheticArchive {
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const perSide = options.agenciesPerSide ?? 20;
  const vocabulary = [...COMMON_WORDS];
  const seen = new Set(vocabulary);
  while (vocabulary.length < COMMON_WORDS.length + SYNTHETIC_VOCABULARY_SIZE) {
    const word = syntheticWord(random);
    if (!seen.has(word)) vocabulary.push(word), seen.add(word);
  }
  const nextWord = zipfSampler(vocabulary);

  // Agencies: the real registry plus synthetic ones on each side.
  const agencies: Record<string, SyntheticAgency> = {};
  const agencyNames = new Map<string, string>(registry.agencies.map((a) => [a.id, a.name]));
  const agencyIdsBySide: Record<Country, string[]> = {
    us: registry.agencies.filter((a) => a.country === 'us').map((a) => a.id),
    fr: registry.agencies.filter((a) => a.country === 'fr').map((a) => a.id),
  };
  for (const country of ['us', 'fr'] as const) {
    for (let i = 1; i <= perSide; i++) {
      const id = `synthetic-${country}-agency-${pad(i, 2)}`;
      const name = `Synthetic ${country === 'us' ? 'U.S.' : 'French'} Agency ${pad(i, 2)}`;
      agencies[id] = {
        name,
        acronym: `S${country.toUpperCase()}A${pad(i, 2)}`,
        country,
        description: `A made-up agency for the benchmark (${country}).`,
        website: `https://${id}.example/`,
      };
      agencyNames.set(id, name);
      agencyIdsBySide[country].push(id);
    }
  }

  // People: synthetic leads on each side.
  const people: Record<string, SyntheticPerson> = {};
  const peopleBySide: Record<Country, string[]> = { us: [], fr: [] };
  for (const country of ['us', 'fr'] as const) {
    for (let i = 1; i <= 8; i++) {
      const id = `synthetic-${country}-person-${pad(i, 2)}`;
      people[id] = { name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)} ${country.toUpperCase()}${i}`, country };
      peopleBySide[country].push(id);
    }
  }

  // Topics: the real taxonomy plus a few synthetic topics with phrases of their own.
  const topics: Record<string, SyntheticTopic> = {};
  const topicPhrases = new Map<string, string>(registry.topics.map((t) => [t.id, t.phrases[0]!]));
  for (const word of SYNTHETIC_TOPIC_WORDS) {
    const id = `synthetic-topic-${word}`;
    const phrase = `${word} cooperation`;
    topics[id] = { name: `Synthetic topic ${word}`, description: `A made-up topic for the benchmark (${word}).`, phrases: [phrase] };
    topicPhrases.set(id, phrase);
  }
  const topicIds = [...topicPhrases.keys()];

  // Dialogues: evenly spread over 2010–2026, ordinals after the real series.
  const dialogueCount = Math.max(4, Math.round(options.releases / RELEASES_PER_DIALOGUE));
  const dialogues: Record<string, SyntheticDialogue> = {};
  const dialogueIds: string[] = [];
  const spanDays = (LAST_YEAR - FIRST_YEAR + 1) * 365 - 60;
  for (let i = 0; i < dialogueCount; i++) {
    const ordinal = FIRST_SYNTHETIC_ORDINAL + i;
    const id = `synthetic-dialogue-${pad(ordinal)}`;
    const start = addDays(isoDay(FIRST_YEAR, 1, 5), Math.floor((i * spanDays) / dialogueCount) + int(random, 0, 5));
    const [city, country] = pick(random, CITIES);
    dialogues[id] = {
      ordinal,
      dates: { precision: 'day-range', start, end: addDays(start, 1) },
      place: { kind: 'city', city, country },
      sources: [{ title: `Synthetic source for dialogue ${ordinal}`, url: `https://synthetic.example/dialogues/${ordinal}`, supports: 'Made up for the benchmark.' }],
    };
    dialogueIds.push(id);
  }

  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: int(random, min, max) }, () => nextWord(random));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(8, 20)).join(' ');

  const delegation = (side: Country, count: number): SyntheticDelegation => ({
    lead: { person: pick(random, peopleBySide[side]), title: side === 'us' ? 'Synthetic Coordinator for Cyber Issues' : 'Synthetic Ambassador for Digital Affairs' },
    agencies: sample(random, agencyIdsBySide[side], count).map((agency) => ({ agency })),
  });
  const mention = (id: string) => `<Agency id="${id}">${agencyNames.get(id)}</Agency>`;
  const leadMention = (id: string) => `<Person id="${id}">${people[id]!.name}</Person>`;

  const releases: SyntheticRelease[] = [];
  for (let n = 1; n <= options.releases; n++) {
    const dialogueId = dialogueIds[Math.min(dialogueIds.length - 1, Math.floor(((n - 1) * dialogueIds.length) / options.releases))]!;
    const dialogue = dialogues[dialogueId]!;
    const issued = addDays(dialogue.dates.end, int(random, 0, 20));
    const agencyCount = int(random, 3, 12);
    const usCount = Math.max(1, Math.min(agencyCount - 1, int(random, 1, agencyCount - 1)));
    const us = delegation('us', usCount);
    const fr = delegation('fr', agencyCount - usCount);
    const chosenTopics = sample(random, topicIds, int(random, 1, 4));
    const headWords = `${nextWord(random)} ${nextWord(random)} ${nextWord(random)}`;
    const title = `Synthetic release ${pad(n)}: ${headWords[0]!.toUpperCase()}${headWords.slice(1)}`;
    const usLead = us.lead.person;
    const frLead = fr.lead.person;

    const opening =
      `Synthetic release ${pad(n)}. On ${spelledDate(dialogue.dates.start)}, the United States and France held the ` +
      `${dialogue.ordinal}th synthetic U.S.–France Cyber Dialogue in ${dialogue.place.city}, reaffirming their joint commitment to ` +
      `an open, interoperable, reliable, and secure cyberspace. ` +
      chosenTopics.map((topic) => `The delegations discussed ${topicPhrases.get(topic)} and ${nextWord(random)} ${nextWord(random)}.`).join(' ') +
      ` ${paragraph(2)}`;
    const usParagraph =
      `${leadMention(usLead)}, ${us.lead.title}, led the U.S. delegation, which included representatives of ` +
      `${proseList(us.agencies.map(({ agency }) => mention(agency)))}. ${paragraph(2)}`;
    const frParagraph =
      `${leadMention(frLead)}, ${fr.lead.title}, led the delegation of France, with representatives of ` +
      `${proseList(fr.agencies.map(({ agency }) => mention(agency)))}. ${paragraph(2)}`;
    const paragraphs = [opening, usParagraph, frParagraph];
    // Filler to about 2,500 characters of text, as a real release has.
    const length = () => paragraphs.join('\n\n').replace(/<[^>]+>/g, '').length;
    while (length() < 2300) paragraphs.push(paragraph(int(random, 2, 4)));

    const id = `synthetic-${pad(n)}-${headWords.split(' ')[0]}`;
    const body = paragraphs.join('\n\n');
    const sourceText = `${title}\n\n${body.replace(/<[^>]+>/g, '')}\n`;
    releases.push({
      id,
      data: {
        title,
        documentType: pick(random, DOCUMENT_TYPES),
        office: 'Office of the Spokesperson',
        dateline: 'Washington, DC',
        issued,
        dialogue: dialogueId,
        delegations: { us, fr },
        topics: chosenTopics,
        source: {
          description: 'Synthetic text generated for the benchmark; not a release of the Department of State.',
          file: `synthetic-${pad(n)}.txt`,
          path: `sources/${id}.txt`,
          sha256: createHash('sha256').update(sourceText).digest('hex'),
        },
      },
      body,
      sourceText,
    });
  }

  return { agencies, people, topics, dialogues, releases };
}

// Strings in double quotes, as the real files write dates: frontmatter is read as YAML 1.1, where a bare
// 2018-02-09 would become a Date.
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** The MDX file of a release: YAML frontmatter, then the body. */
export function releaseMdx(release: SyntheticRelease): string {
  return `---\n${stringify(release.data, YAML_OPTIONS)}---\n\n${release.body}\n`;
}

/** YAML entries keyed by id, to append to a copy of a registry file. */
export function registryYaml(entries: Record<string, unknown>): string {
  return `\n# Synthetic entries generated by tests/bench for the benchmark.\n${stringify(entries, YAML_OPTIONS)}`;
}
