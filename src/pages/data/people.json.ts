/** `/data/people.json` (shape in src/schemas/open-data/people-file.ts, documented on /about/#data). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getArchive } from '../../lib/archive.ts';
import { peopleFile } from '../../lib/registry-data.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(peopleFile(await getArchive(), absoluteUrlOf(site, import.meta.env.BASE_URL)));
