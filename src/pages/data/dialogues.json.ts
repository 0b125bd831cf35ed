/** `/data/dialogues.json`: the dialogues of the series as open data (shape in src/schemas/open-data/dialogues-file.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getArchive } from '../../lib/archive.ts';
import { dialoguesFile } from '../../lib/open-data.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(dialoguesFile(await getArchive(), absoluteUrlOf(site, import.meta.env.BASE_URL)));
