/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped, and the matched words wrapped in `<mark>`.
 * The search page never assigns that HTML; it splits it into plain text parts and builds the `<mark>`s itself,
 * so nothing else in an excerpt can ever become markup.
 */

export interface ExcerptPart {
  text: string;
  /** A matched word, shown highlighted. */
  marked: boolean;
}

/** Undoes Pagefind's escaping (it escapes only `<` and `>`). */
function unescapeExcerptText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * The parts of an excerpt, in order: `"the <mark>ANSSI</mark> and"` →
 * `[{ text: "the ", marked: false }, { text: "ANSSI", marked: true }, { text: " and", marked: false }]`.
 * Only `<mark>` and `</mark>` are read as tags; any other text, tag-like or not, stays text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else if (token !== '') {
      const text = unescapeExcerptText(token);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}
