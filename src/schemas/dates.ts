import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/dates.ts';

const ISO_DATE_HINT = 'a real calendar date written as a quoted "YYYY-MM-DD" string';

/** A calendar date as a string (`2018-02-09`), checked to exist (no February 30). */
export const isoDate = z
  .string({ error: `expected ${ISO_DATE_HINT}` })
  .refine(isValidIsoDate, { error: (issue) => `expected ${ISO_DATE_HINT}, got "${String(issue.input)}"` });

/** A month as a string (`2016-09`). */
export const isoMonth = z
  .string({ error: 'expected a month written as a quoted "YYYY-MM" string' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written as a quoted "YYYY-MM" string' });

/** Written `unknown` where the sources do not give the value: never left blank, never guessed. */
export const unknown = z.literal('unknown');

/**
 * When something happened, at the precision the sources give.
 * `day-range` is inclusive and may cross months (October 30 – November 1).
 */
export const partialDateSchema = z.discriminatedUnion(
  'precision',
  [
    z.object({ precision: z.literal('day'), date: isoDate }),
    z
      .object({ precision: z.literal('day-range'), start: isoDate, end: isoDate })
      .refine((range) => range.start < range.end, { error: 'expected "end" to be a later day than "start"', path: ['end'] }),
    z.object({ precision: z.literal('month'), month: isoMonth }),
    z.object({ precision: z.literal('unknown') }),
  ],
  { error: 'expected "precision" to be one of: day, day-range, month, unknown' },
);

export type PartialDate = z.output<typeof partialDateSchema>;
