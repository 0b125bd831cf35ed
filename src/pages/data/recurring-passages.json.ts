/** `/data/recurring-passages.json`: the recurring passages of the releases (shape in src/schemas/open-data/recurring-passages-file.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getRecurringPassages } from '../../lib/archive.ts';
import { jsonResponse } from '../../lib/json-response.ts';
import { recurringPassagesFile } from '../../lib/recurring-passages-data.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(recurringPassagesFile((await getRecurringPassages()).passages, absoluteUrlOf(site, import.meta.env.BASE_URL)));
