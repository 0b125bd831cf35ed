/**
 * Paragraph anchors for release texts, at build time (no JavaScript): each top-level paragraph is wrapped in
 * `<div class="para">` with a "¶" link after it, outside its text, so that the words of the release stay exactly
 * as issued. The link carries the id `pN` (numbered in document order) and points to itself, as heading anchors
 * do on GitHub: it sits beside the paragraph's first line, so `#pN` scrolls to the paragraph. The id is on the
 * link, not the wrapper, because the link is kept out of the search index: Pagefind records every id in the
 * indexed text as a sub-result anchor, which our results never show and every search would download.
 */
import type { HastPluginDefinition } from 'satteri';

/** The id of the n-th paragraph (from 1): "p1", "p2", … */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/**
 * The wrapper of the n-th paragraph, as HTML: the paragraph becomes its first child, the self-link follows.
 * The link is named for screen readers and kept out of the search index (the "¶" is not part of the text).
 */
export function paragraphWrapperHtml(n: number): string {
  const id = paragraphId(n);
  return (
    `<div class="para">` +
    `<a class="para-link" id="${id}" href="#${id}" aria-label="Link to paragraph ${n}" data-pagefind-ignore>¶</a>` +
    `</div>`
  );
}

/** A Sätteri hast plugin (for `satteri({ hastPlugins })`) that anchors the paragraphs at the top of each document. */
export function paragraphAnchors(): () => HastPluginDefinition {
  return () => {
    let count = 0;
    return {
      name: 'paragraph-anchors',
      before: () => {
        count = 0;
      },
      element: {
        filter: ['p'],
        visit(node, ctx) {
          // Only the document's own paragraphs: not a paragraph inside a list item or a quotation.
          if (ctx.parent(node)?.type !== 'root') return;
          count += 1;
          ctx.wrapNode(node, { raw: paragraphWrapperHtml(count) });
        },
      },
    };
  };
}
