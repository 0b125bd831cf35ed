/** `/data/datapackage.json`: the Frictionless Data Package descriptor of the open data (src/lib/data-package.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../../lib/absolute-urls.ts';
import { dataPackage } from '../../lib/data-package.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = ({ site }) => jsonResponse(dataPackage(absoluteUrlOf(site, import.meta.env.BASE_URL)));
