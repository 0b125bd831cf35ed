/**
 * `/search/filter-values/<key>.json`: the values of one search filter with their labels, fetched by the search
 * page when the filter is first opened, so that the page's own weight does not grow with the archive.
 * Used only by the search page's script; not a permanent URL.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { offeredFilterGroups, type FilterGroup } from '../../../lib/search-filters.ts';

export const getStaticPaths = (async () => {
  return offeredFilterGroups(await getArchive()).map((group) => ({ params: { key: group.key }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: FilterGroup }> = ({ props }) =>
  new Response(JSON.stringify(props.group.options), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
