/**
 * A release's text as the HTML of a feed item (`content:encoded`): its paragraphs as issued, each in a `<p>`, with
 * what HTML reads as markup escaped. A plain function of the text, run once per release in the feed.
 */
import { escapeText } from 'entities';

export function feedParagraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeText(paragraph)}</p>`).join('');
}
