/** `/data/NAME.schema.json`: the schema of each registered data file (src/lib/data-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { DATA_FILES, dataFile, publishedSchema } from '../../lib/data-files.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const getStaticPaths = (() => DATA_FILES.map((file) => ({ params: { name: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(publishedSchema(dataFile(params.name!), absoluteUrlOf(site, import.meta.env.BASE_URL)));
