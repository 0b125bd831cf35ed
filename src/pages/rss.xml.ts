import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../lib/absolute-urls.ts';
import { getArchive } from '../lib/archive.ts';
import { ARCHIVE_NAME } from '../lib/citation.ts';
import { releaseFeedItems } from '../lib/release-feed.ts';

/** The releases as an RSS feed, newest first; each item's guid is the release's permanent URL. */
export const GET: APIRoute = async ({ site }) => {
  const urlOf = absoluteUrlOf(site, import.meta.env.BASE_URL);
  return rss({
    title: ARCHIVE_NAME,
    description: "The U.S. Department of State's press releases on the U.S.–France Cyber Dialogue, as issued.",
    site: urlOf('/'),
    items: releaseFeedItems(await getArchive(), urlOf),
    customData: '<language>en-us</language>',
  });
};
