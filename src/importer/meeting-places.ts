/** Where a dialogue met, as releases write it: "in Washington, D.C.", "in Paris", "virtually". */
import type { Place } from '../schemas/place.ts';

/** Cities a dialogue may meet in, with the spelling the registry uses. Unlisted cities are reported, not guessed. */
const CITIES: Array<{ pattern: RegExp; place: Place }> = [
  { pattern: /^Washington,? D\.?\s?C\.?/, place: { kind: 'city', city: 'Washington, D.C.', country: 'us' } },
  { pattern: /^Washington\b/, place: { kind: 'city', city: 'Washington, D.C.', country: 'us' } },
  { pattern: /^New York\b/, place: { kind: 'city', city: 'New York', country: 'us' } },
  { pattern: /^Paris\b/, place: { kind: 'city', city: 'Paris', country: 'fr' } },
];

const VIRTUAL = /\b(?:virtually|held (?:a )?virtual(?:ly)?|by video ?conference|via video ?conference|online meeting)\b/i;
// "in Washington", "held in Paris": a capitalised word after "in" that is not a month.
const IN_PLACE = /\b(?:held in|met in|in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)([A-Z][\p{L}.'-]*(?:,? [A-Z][\p{L}.'-]*)?)/gu;

/** A place found in a text, with the words as written; `unrecognised` names a place that is not in the list of cities. */
export interface PlaceInText {
  place: Place;
  written: string;
  index: number;
}

/**
 * The place a sentence gives for a meeting, or undefined when it gives none.
 * Returns `{ unrecognised }` for "in Somewhere" when Somewhere is not a city we know, so the importer can ask.
 */
export function findMeetingPlace(sentence: string): PlaceInText | { unrecognised: string } | undefined {
  const virtual = VIRTUAL.exec(sentence);
  if (virtual) return { place: { kind: 'virtual' }, written: virtual[0], index: virtual.index };
  for (const match of sentence.matchAll(IN_PLACE)) {
    const words = match[1]!;
    for (const city of CITIES) {
      const found = city.pattern.exec(words);
      if (found) return { place: city.place, written: found[0].replace(/,$/, ''), index: match.index + match[0].length - words.length };
    }
    // Country and organisation names after "in" are not meeting places.
    if (/^(?:the|France|United|Ukraine|Europe|NATO|Cyber|Our|Both)\b/.test(words)) continue;
    return { unrecognised: words };
  }
  return undefined;
}
