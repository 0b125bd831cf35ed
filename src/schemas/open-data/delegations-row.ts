/**
 * One row of `/data/delegations.csv`, column by column in order (src/schemas/open-data/shared.ts says how these
 * schemas are used): its Table Schema (/data/delegations.schema.json) and the columns on /about/ come from it.
 */
import { z } from 'astro/zod';
import { COUNTRIES } from '../country.ts';

/** What a row says about its side. */
export const DELEGATION_ROW_STATUS = {
  listed: 'listed',
  agenciesNotReported: 'agencies-not-reported',
  delegationNotReported: 'delegation-not-reported',
} as const;

export const delegationRowSchema = z.object({
  dialogue_ordinal: z.number().int().describe('The dialogue\'s place in the series (1 for the inaugural one).'),
  dialogue_id: z.string().describe('The dialogue\'s permanent id.'),
  dialogue_date: z.string().describe('ISO 8601 at the precision known: "2016-09", "2020-01-22", or an interval "2018-02-07/2018-02-08"; empty when not known.'),
  side: z.enum(COUNTRIES).describe('"us" or "fr".'),
  status: z
    .enum([DELEGATION_ROW_STATUS.listed, DELEGATION_ROW_STATUS.agenciesNotReported, DELEGATION_ROW_STATUS.delegationNotReported])
    .describe(
      '"listed": the agency is in the side\'s reported list; "agencies-not-reported": the lead is reported but not the agencies; "delegation-not-reported": no source reports the side. The agency columns are empty unless "listed".',
    ),
  agency_id: z.string().describe('The agency\'s permanent id.'),
  agency_name: z.string().describe('The agency\'s canonical English name.'),
  agency_acronym: z.string().describe('Its acronym, if it has one.'),
  agency_wording: z.string().describe('The source\'s words for the agency where they differ from its name.'),
  lead_person_id: z.string().describe('The id of the person who led the side; empty when not reported.'),
  lead_name: z.string().describe('The lead\'s name.'),
  lead_title: z.string().describe('The lead\'s title, as the source writes it; empty when no English source states it.'),
  source_url: z.string().describe('The release that reports the delegation, or the dialogue page\'s list of cited sources; empty when not reported.'),
});

export type DelegationRow = z.output<typeof delegationRowSchema>;
