/**
 * Draws search results into the search page's markup (src/pages/search.astro): each as a headed link, its facts
 * line, the lines saying why it matched through a name, whether it quotes a quoted phrase, and its excerpt.
 * Text goes in with `textContent`; the only elements made from Pagefind's output are the `<mark>`s of excerpts.
 */
import { excerptParts } from '../lib/search-excerpt.ts';
import { resultFacts, resultHeading } from '../lib/search-result-facts.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** A result as the page shows it. */
export interface ShownResult {
  data: PagefindResultData;
  /** Why it matched, when through names its text does not say (src/lib/search-explanations.ts). */
  reasons: string[];
  /** For a quoted phrase, the phrase, when the result's text quotes it. */
  quotes?: string | undefined;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The excerpt, with Pagefind's matched words marked; none when the text is the heading again (a page indexed by its name). */
function excerptElement(data: PagefindResultData, heading: string): HTMLParagraphElement | undefined {
  const parts = excerptParts(data.excerpt);
  const text = parts.map((part) => part.text).join('').trim();
  if (text === '' || text.replace(/\.$/, '') === heading) return undefined;
  const excerpt = paragraph('result-excerpt', '');
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  return excerpt;
}

/** A result list item: the heading link, the facts, why it matched, the excerpt. */
function resultItem({ data, reasons, quotes }: ShownResult, headingLevel: 3 | 4): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement(`h${headingLevel}`);
  const link = document.createElement('a');
  const title = resultHeading(data);
  link.href = data.url;
  link.textContent = title;
  heading.append(link);
  item.append(heading, paragraph('result-facts', resultFacts(data).join(' · ')));
  if (quotes) item.append(paragraph('result-quotes', `Quotes “${quotes}”`));
  for (const reason of reasons) item.append(paragraph('result-reason', reason));
  const excerpt = excerptElement(data, title);
  if (excerpt) item.append(excerpt);
  return item;
}

/** Adds a result at the end of a list; returns its link, to move focus to. */
export function appendResult(list: HTMLOListElement, result: ShownResult, headingLevel: 3 | 4): HTMLAnchorElement {
  const item = resultItem(result, headingLevel);
  list.append(item);
  return item.querySelector('a')!;
}
