/**
 * The later appearances of a passage grouped by their wording, for the /language/ page: releases that repeat it in
 * the same words are listed together under one difference, so that a passage repeated word for word by thousands
 * of releases shows its difference once. Linear in the appearances.
 */
import type { LaterPassageAppearance } from './recurring-passage-index.ts';

export interface PassageVariant {
  /** The appearances with this wording, in date order; the difference is theirs. */
  appearances: LaterPassageAppearance[];
}

/** The variants of a passage's later appearances, in the order each wording first appears. */
export function passageVariants(later: readonly LaterPassageAppearance[]): PassageVariant[] {
  const byWording = new Map<string, PassageVariant>();
  for (const appearance of later) {
    // The difference, written out, is the wording and what it repeats of the first appearance.
    const key = JSON.stringify(appearance.diff);
    const variant = byWording.get(key);
    if (variant) variant.appearances.push(appearance);
    else byWording.set(key, { appearances: [appearance] });
  }
  return [...byWording.values()];
}
