/** `/data/recurring-passages.json`: the recurring passages of the releases as open data (shape documented on /about/#data). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getRecurringPassages } from '../../lib/archive.ts';
import { recurringPassagesFile } from '../../lib/recurring-passages-data.ts';
import { recurringPassagesFileSchema } from '../../schemas/recurring-passages-file.ts';

export const GET: APIRoute = async ({ site }) => {
  const { passages } = await getRecurringPassages();
  // Checked against the schema the about page documents, so that the file cannot drift from its documentation.
  const data = recurringPassagesFileSchema.parse(recurringPassagesFile(passages, absoluteUrlOf(site, import.meta.env.BASE_URL)));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
