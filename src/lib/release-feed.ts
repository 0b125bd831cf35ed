/** The items of the releases' RSS feed (src/pages/rss.xml.ts), newest first, dated only when the source dates them. */
import type { UrlOf } from './absolute-urls.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { releaseParagraphs } from './open-data.ts';
import { paths } from './urls.ts';
import { DOCUMENT_TYPES } from '../schemas/release.ts';

/** One feed item, in the shape `@astrojs/rss` takes. */
export interface ReleaseFeedItem {
  title: string;
  /** The release's permanent URL (also its guid). */
  link: string;
  description: string;
  /** Midnight UTC of the date of issue; absent when the source does not state it (never guessed). */
  pubDate?: Date;
  categories: string[];
  /** The full text, paragraph by paragraph, as a reader sees it (the feed's content:encoded). */
  paragraphs: readonly string[];
}

/**
 * Every release, newest first: title, permanent URL, a one-line description (saying so when the date of issue is
 * not stated), the topics as categories and the full text.
 */
export function releaseFeedItems(archive: Pick<ArchiveIndex, 'releasesNewestFirst' | 'dialoguesById' | 'topics'>, urlOf: UrlOf): ReleaseFeedItem[] {
  return archive.releasesNewestFirst.map((release) => {
    const { title, documentType, issued, dialogue, topics } = release.data;
    const dialogueName = archive.dialoguesById.get(dialogue.id)?.name ?? 'U.S.–France Cyber Dialogue';
    const undated = issued === 'unknown' ? ' Date of issue not stated in the source.' : '';
    return {
      title,
      link: urlOf(paths.release(release.id)),
      description: `${DOCUMENT_TYPES[documentType]} of the U.S. Department of State on the ${dialogueName}.${undated}`,
      ...(issued !== 'unknown' && { pubDate: new Date(`${issued}T00:00:00Z`) }),
      categories: topics.flatMap(({ id }) => archive.topics.get(id)?.data.name ?? []),
      paragraphs: releaseParagraphs(release.body),
    };
  });
}
