import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import FeedReleaseText from '../components/FeedReleaseText.astro';
import { absoluteUrlOf } from '../lib/absolute-urls.ts';
import { getArchive } from '../lib/archive.ts';
import { ARCHIVE_NAME } from '../lib/citation.ts';
import { releaseFeedItems } from '../lib/release-feed.ts';

/** The releases as an RSS feed, newest first, each with its full text; each item's guid is the release's permanent URL. */
export const GET: APIRoute = async ({ site }) => {
  const urlOf = absoluteUrlOf(site, import.meta.env.BASE_URL);
  // The text's HTML comes from a component, so that Astro escapes it.
  const container = await AstroContainer.create();
  const items = await Promise.all(
    releaseFeedItems(await getArchive(), urlOf).map(async ({ paragraphs, ...item }) => ({
      ...item,
      content: await container.renderToString(FeedReleaseText, { props: { paragraphs } }),
    })),
  );
  return rss({
    title: ARCHIVE_NAME,
    description: "The U.S. Department of State's press releases on the U.S.–France Cyber Dialogue, as issued.",
    site: urlOf('/'),
    items,
    customData: '<language>en-us</language>',
  });
};
