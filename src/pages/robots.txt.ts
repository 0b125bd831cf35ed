import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../lib/absolute-urls.ts';
import { paths } from '../lib/urls.ts';

/** Every page may be crawled; the sitemap (written by @astrojs/sitemap) is named by its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrlOf(site, import.meta.env.BASE_URL)(paths.sitemap());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
