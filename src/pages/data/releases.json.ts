/** `/data/releases.json`: the releases of the archive as open data (shape documented on /about/#data). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { getArchive } from '../../lib/archive.ts';
import { releasesFile } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = releasesFile(await getArchive(), absoluteUrlOf(site, import.meta.env.BASE_URL));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
