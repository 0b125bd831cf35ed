/**
 * Paragraph anchors for release texts, at build time (no JavaScript): each top-level paragraph is wrapped in
 * `<div class="para" id="pN">`, numbered in document order, with a "¶" link to itself after the paragraph,
 * outside its text, so that the words of the release stay exactly as issued.
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
    `<div class="para" id="${id}">` +
    `<a class="para-link" href="#${id}" aria-label="Link to paragraph ${n}" data-pagefind-ignore>¶</a>` +
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
