/** `/data/releases.json`: the releases of the archive as open data (shape in src/schemas/open-data/releases-file.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getArchive } from '../../lib/archive.ts';
import { releasesFile } from '../../lib/open-data.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(releasesFile(await getArchive(), absoluteUrlOf(site, import.meta.env.BASE_URL)));
