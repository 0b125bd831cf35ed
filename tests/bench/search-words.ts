/**
 * Seeded samples of first searches, drawn from the synthetic releases. Which index chunk a word falls in (and so
 * how many bytes its first search loads) depends on where Pagefind cuts the alphabet into chunks; a sample of
 * searches of each kind shows the typical cost, where the three fixed searches show only one draw each.
 */
import { mdxBodyText } from '../../src/lib/mentions.ts';
import { mulberry32, sample, type SyntheticRelease } from './synthetic-content.ts';

/** The items found in at least `minShare` of the releases (one set of items per release), sorted. */
function inShareOfReleases(itemsByRelease: ReadonlyArray<ReadonlySet<string>>, minShare: number): string[] {
  const releasesWith = new Map<string, number>();
  for (const items of itemsByRelease) for (const item of items) releasesWith.set(item, (releasesWith.get(item) ?? 0) + 1);
  return [...releasesWith]
    .filter(([, releases]) => releases >= minShare * itemsByRelease.length)
    .map(([item]) => item)
    .sort();
}

/**
 * `count` distinct words (five letters or more) that occur in at least `minShare` of the releases,
 * chosen at random with `seed`; the same inputs give the same words.
 */
export function sampleSearchWords(bodies: readonly string[], options: { count: number; seed: number; minShare?: number }): string[] {
  const { count, seed, minShare = 0.05 } = options;
  const wordsByRelease = bodies.map((body) => new Set(mdxBodyText(body).toLowerCase().match(/\p{L}{5,}/gu) ?? []));
  return sample(mulberry32(seed), inShareOfReleases(wordsByRelease, minShare), count);
}

/** The kinds of first search the benchmark measures, as the issue names them. */
export const SEARCH_KINDS = ['one word', 'two words', 'one word + agency filter'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * For each kind, one query string per sampled word (`q=word`; `q=word+next` with the next word of the sample;
 * `q=word&agency=id` with an agency, in turn, of those that took part in at least `minShare` of the releases).
 */
export function sampleSearches(releases: readonly SyntheticRelease[], options: { count: number; seed: number; minShare?: number }): Record<SearchKind, string[]> {
  const { minShare = 0.05 } = options;
  const words = sampleSearchWords(
    releases.map((release) => release.body),
    options,
  );
  const agenciesByRelease = releases.map(({ data: { delegations } }) => new Set([...delegations.us.agencies, ...delegations.fr.agencies].map(({ agency }) => agency)));
  const common = inShareOfReleases(agenciesByRelease, minShare);
  if (common.length === 0) throw new Error(`No agency took part in ${minShare * 100} % of the ${releases.length} releases.`);
  const agencies = sample(mulberry32(options.seed + 1), common, words.length);
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return {
    'one word': words.map((word) => query({ q: word })),
    'two words': words.map((word, i) => query({ q: `${word} ${words[(i + 1) % words.length]}` })),
    'one word + agency filter': words.map((word, i) => query({ q: word, agency: agencies[i % agencies.length]! })),
  };
}
