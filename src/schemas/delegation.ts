import { z } from 'astro/zod';
import { unknown } from './dates.ts';
import type { ReferenceFactory } from './reference.ts';

/**
 * The person who led one side, with the title as written in the source, or `unknown` where no source states it in
 * English (a title known only in a translation is not translated back: the archive does not invent one).
 */
export const leadSchema = (reference: ReferenceFactory) =>
  z.object({
    person: reference('people'),
    title: z.union([unknown, z.string().trim().min(1)], {
      error: 'expected the title of the lead as written in the source, or "unknown" where no English source states it',
    }),
  });

/** One agency of a delegation; `wording` keeps the source's words where they differ from the canonical name. */
export const delegationAgencySchema = (reference: ReferenceFactory) =>
  z.object({
    agency: reference('agencies'),
    wording: z.string().trim().min(1).optional(),
  });

/** One side's delegation as a source reports it: its lead and its agencies, in the order listed. */
export const delegationSchema = (reference: ReferenceFactory) =>
  z.object({
    lead: leadSchema(reference),
    agencies: z.array(delegationAgencySchema(reference)).default([]),
  });

/** Both sides. Either may be missing where the source does not report it. */
export const delegationsSchema = (reference: ReferenceFactory) =>
  z.object({
    us: delegationSchema(reference).optional(),
    fr: delegationSchema(reference).optional(),
  });

export type Lead = z.output<ReturnType<typeof leadSchema>>;
export type DelegationAgency = z.output<ReturnType<typeof delegationAgencySchema>>;
export type Delegation = z.output<ReturnType<typeof delegationSchema>>;
export type Delegations = z.output<ReturnType<typeof delegationsSchema>>;
