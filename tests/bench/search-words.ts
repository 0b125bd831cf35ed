/**
 * A seeded sample of words to search for, drawn from the synthetic releases. Which index chunk a word falls in
 * (and so how many bytes its first search loads) depends on where Pagefind cuts the alphabet into chunks; a
 * sample of words shows the typical cost, where the three fixed searches show only three draws.
 */
import { mdxBodyText } from '../../src/lib/mentions.ts';
import { mulberry32, sample } from './synthetic-content.ts';

/**
 * `count` distinct words (five letters or more) that occur in at least `minShare` of the releases,
 * chosen at random with `seed`; the same inputs give the same words.
 */
export function sampleSearchWords(bodies: readonly string[], options: { count: number; seed: number; minShare?: number }): string[] {
  const { count, seed, minShare = 0.05 } = options;
  const releasesWith = new Map<string, number>();
  for (const body of bodies) {
    const words = new Set(mdxBodyText(body).toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    for (const word of words) releasesWith.set(word, (releasesWith.get(word) ?? 0) + 1);
  }
  const common = [...releasesWith]
    .filter(([, releases]) => releases >= minShare * bodies.length)
    .map(([word]) => word)
    .sort();
  return sample(mulberry32(seed), common, count);
}
