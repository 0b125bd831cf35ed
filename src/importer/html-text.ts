/**
 * The text of parsed HTML as lines, the way a reader sees it: block elements (paragraphs, headings, list items)
 * start new lines, `<br>` breaks a line, and what is never read as text (scripts, styles, forms) is left out.
 */
import type { AnyNode, Element } from 'domhandler';

/** Elements whose content is never text of the page. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'button', 'input', 'textarea', 'form', 'dialog']);

/** Elements that stand on lines of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export interface TextLinesOptions {
  /**
   * Text scraped to plain text keeps its own line ends, and a block element ends a line; in a web page, line ends
   * are only white space, and each block is a paragraph of its own (followed by a blank line).
   */
  keepLineBreaks: boolean;
  /** Leaves out an element and everything in it (navigation, share buttons, …). */
  skip?: (element: Element) => boolean;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The lines of text of `nodes`, each trimmed; blank lines separate paragraphs. */
export function textLines(nodes: ReadonlyArray<AnyNode>, { keepLineBreaks, skip }: TextLinesOptions): string[] {
  const blockBreak = keepLineBreaks ? '\n' : '\n\n';
  let out = '';
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      out += keepLineBreaks ? node.data : node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (NOT_TEXT.has(name) || skip?.(node)) return;
    if (name === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) out += blockBreak;
    for (const child of node.children) visit(child);
    if (block) out += blockBreak;
  };
  for (const node of nodes) visit(node);
  const lines = out.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  // At most one blank line in a row, none at the start or the end.
  return lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== '')).join('\n').trim().split('\n');
}
