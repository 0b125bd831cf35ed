import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrlOf } from '../lib/absolute-urls.ts';
import { getArchive } from '../lib/archive.ts';
import { ARCHIVE_NAME } from '../lib/citation.ts';
import { feedParagraphsHtml } from '../lib/feed-html.ts';
import { releaseFeedItems } from '../lib/release-feed.ts';

/** The releases as an RSS feed, newest first, each with its full text; each item's guid is the release's permanent URL. */
export const GET: APIRoute = async ({ site }) => {
  const urlOf = absoluteUrlOf(site, import.meta.env.BASE_URL);
  // A function rather than a component rendered per release: Astro's container costs half a millisecond a render.
  const items = releaseFeedItems(await getArchive(), urlOf).map(({ paragraphs, ...item }) => ({ ...item, content: feedParagraphsHtml(paragraphs) }));
  return rss({
    title: ARCHIVE_NAME,
    description: "The U.S. Department of State's press releases on the U.S.–France Cyber Dialogue, as issued.",
    site: urlOf('/'),
    items,
    customData: '<language>en-us</language>',
  });
};
