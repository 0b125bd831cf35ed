import { z } from 'astro/zod';

/** The collections that entries can point at. */
export type CollectionName = 'releases' | 'dialogues' | 'agencies' | 'people' | 'topics';

/** What a reference resolves to, the same shape as Astro's `reference()` output. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the zod type of a reference to another collection: an entry's id in the file, an `EntryRef` once read.
 * Astro passes its own `reference()` (from `astro:content`); tools outside Astro
 * (the importer, unit tests) pass `plainReference`, which has the same output.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, string>;

export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `expected the id of an entry in "${collection}"` })
    .min(1, { error: `expected the id of an entry in "${collection}"` })
    .transform((id): EntryRef<C> => ({ collection, id }));
