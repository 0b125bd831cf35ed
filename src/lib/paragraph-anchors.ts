/**
 * Paragraph anchors for release texts, at build time (no JavaScript): each top-level paragraph of a release's
 * rendered HTML is wrapped in `<div class="para">` with a "¶" link after it, outside its text, so that the words
 * of the release stay exactly as issued. The link carries the id `pN` (numbered in document order) and points to
 * itself, as heading anchors do on GitHub: it sits beside the paragraph's first line, so `#pN` scrolls to the
 * paragraph. The id is on the link, not the wrapper, because the link is kept out of the search index: Pagefind
 * records every id in the indexed text as a sub-result anchor, which our results never show and every search
 * would download. (src/components/ParagraphAnchors.astro does the wrapping, and adds a paragraph's margin notes.)
 *
 * This works on the HTML the release page renders, not as a Markdown plugin: a JavaScript plugin in Astro's
 * native Markdown processor measured about 200 MB more build memory at 5,000 releases.
 */

/** The id of the n-th paragraph (from 1): "p1", "p2", … */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * The self-link after the n-th paragraph, named for screen readers and kept out of the search index. Its number is
 * shown only on paper (paragraph-anchors.css), where a citation of a paragraph must be checkable without the link.
 */
export function paragraphLink(n: number): string {
  const id = paragraphId(n);
  return `<a class="para-link" id="${id}" href="#${id}" aria-label="Link to paragraph ${n}" data-pagefind-ignore>¶<span class="para-number">${n}</span></a>`;
}

/** A piece of an HTML fragment: a top-level paragraph (numbered from 1), or what lies between paragraphs. */
export interface HtmlSegment {
  html: string;
  paragraph?: number;
}

/** Elements without an end tag, which open nothing. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Cuts an HTML fragment into its top-level `<p>` elements (not a paragraph inside a list item or a quotation),
 * numbered in document order, and what lies between them, unchanged. Joined, the segments are the fragment.
 * The fragment is HTML as Astro renders it: every element closed, attribute values quoted.
 */
export function paragraphSegments(html: string): HtmlSegment[] {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
  const segments: HtmlSegment[] = [];
  let copied = 0;
  let depth = 0;
  let count = 0;
  const between = (end: number) => {
    if (end > copied) segments.push({ html: html.slice(copied, end) });
    copied = end;
  };
  for (const match of html.matchAll(tag)) {
    const [text, closing, rawName] = match;
    const name = rawName!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || text.endsWith('/>')) continue;
    if (closing) {
      depth -= 1;
      if (depth === 0 && name === 'p') {
        const end = match.index + text.length;
        segments.push({ html: html.slice(copied, end), paragraph: count });
        copied = end;
      }
    } else {
      if (depth === 0 && name === 'p') {
        count += 1;
        between(match.index);
      }
      depth += 1;
    }
  }
  between(html.length);
  return segments;
}
