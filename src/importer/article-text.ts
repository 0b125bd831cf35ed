/**
 * The article of a raw file, as lines of text: from a saved web page, its article without the site around it; from
 * scraped text, the text without the pieces of HTML scraping left. Either way the site's own additions go too.
 */
import type { InputFormat } from './input-format.ts';
import { readSavedPage, type SavedPageArticle } from './saved-page.ts';
import { removeScrapingDebris, withoutPressReleasesPrefix } from './scraping-debris.ts';
import { stage, type Stage } from './stage.ts';
import { readTextScrape } from './text-scrape.ts';

export interface ArticleText {
  /** The lines of the article, header lines included; blank lines separate paragraphs. */
  lines: string[];
  /** The title the page marks as such (a saved page's heading or page title), when it marks one. */
  title?: string;
  /** What was removed, in the order met, for the source description. */
  removed: string[];
}

export function extractArticle(text: string, format: InputFormat): Stage<ArticleText> {
  const page: SavedPageArticle = format === 'html' ? readSavedPage(text) : readTextScrape(text);
  const cleaned = removeScrapingDebris(page.lines);
  const removed = [...page.removed, ...cleaned.removed];
  const title = page.title ? withoutPressReleasesPrefix(page.title) : undefined;
  const read = removed.length > 0 ? [`Removed: ${removed.join('; ')}.`] : ['Nothing was removed from the text.'];
  if (title) read.push(`Title read from ${page.titleFrom}: "${title}".`);
  return stage({ lines: cleaned.lines, ...(title ? { title } : {}), removed }, { read });
}
