/** `/data/delegations.csv`: one row per dialogue, side and agency (columns documented on /about/#data). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getArchive } from '../../lib/archive.ts';
import { delegationsCsv } from '../../lib/delegations-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = delegationsCsv(await getArchive(), absoluteUrlOf(site, import.meta.env.BASE_URL));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
