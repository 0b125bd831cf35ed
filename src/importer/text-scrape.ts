/**
 * Text scraped from a web page to plain text, with what scraping leaves in it removed: the tail of a tag cut in
 * half (`class="article-meta doctype-meta">`) together with any tag before it on its line, and real HTML tags,
 * comments and entities, which a real HTML parser reads. A tag is real when HTML knows its element name; text in
 * angle brackets that is no tag (`<Press Office>`, `<<Begin text>>`, `<press@state.gov>`) is kept as written.
 */
import { load } from 'cheerio';
import { htmlTagNames } from 'html-tag-names';
import { textLines } from './html-text.ts';

export interface ScrapedText {
  /** The lines of the text; blank lines separate paragraphs. */
  lines: string[];
  /** What was removed, in the order first met, for the source description. */
  removed: string[];
}

const ELEMENT_NAMES = new Set(htmlTagNames);
// The tail of a tag at the start of a line (the scraper cut into `<div class="…">`), with any whole tags before it.
const ATTRIBUTE_FRAGMENT = /^[ \t]*((?:<[^<>\n]*>[ \t]*)*(?:[A-Za-z_:][\w:.-]*="[^"<>\n]*"[ \t]*)+\/?>)/gm;
// A start or end tag: its name, then attributes (a name, or name=value with the value quoted or not).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** A tag name as scraped HTML writes it: known to HTML, in one case ("<b>", "<DIV>"; not "<Section 5>"). */
function isElementName(name: string): boolean {
  return ELEMENT_NAMES.has(name.toLowerCase()) && (name === name.toLowerCase() || name === name.toUpperCase());
}

/**
 * The text with every `<` and `&` that does not start a real tag, a comment or an entity escaped, so that the
 * parser reads those as text; and the tags and entities found.
 */
function escapeAllButMarkup(text: string): { html: string; tags: string[]; entities: string[]; comments: boolean } {
  const tags: string[] = [];
  const entities: string[] = [];
  let comments = false;
  let html = '';
  let at = 0;
  const matchAt = (pattern: RegExp, index: number) => {
    pattern.lastIndex = index;
    return pattern.exec(text);
  };
  const special = /[<&]/g;
  for (let found = special.exec(text); found; found = special.exec(text)) {
    const i = found.index;
    html += text.slice(at, i);
    const tag = text[i] === '<' ? matchAt(TAG, i) : null;
    const realTag = tag && isElementName(tag[2]!) ? tag[0] : undefined;
    const comment = text[i] === '<' ? matchAt(COMMENT, i)?.[0] : undefined;
    const entity = text[i] === '&' ? matchAt(ENTITY, i)?.[0] : undefined;
    const markup = realTag ?? comment ?? entity;
    if (realTag && !tags.includes(tag![2]!.toLowerCase())) tags.push(tag![2]!.toLowerCase());
    if (comment) comments = true;
    if (entity && !entities.includes(entity)) entities.push(entity);
    html += markup ?? (text[i] === '<' ? '&lt;' : '&amp;');
    at = i + (markup?.length ?? 1);
    special.lastIndex = at;
  }
  return { html: html + text.slice(at), tags, entities, comments };
}

/** True when the HTML parser reads an entity as a character (it leaves unknown ones, "&bogus;", as written). */
function isDecoded(entity: string): boolean {
  return load(entity, null, false).text() !== entity;
}

/**
 * Reads scraped text: removes tag fragments, tags and comments, decodes entities, and keeps the words and lines.
 * @example readTextScrape('class="x">Media Note\nOne &amp; <b>two</b> <Press Office>').lines
 *   // ['Media Note', 'One & two <Press Office>']
 */
export function readTextScrape(raw: string): ScrapedText {
  const removed: string[] = [];
  const normalised = raw.replace(/\r\n?/g, '\n');
  const text = normalised.replace(ATTRIBUTE_FRAGMENT, (_whole, fragment: string, offset: number) => {
    // "at its start" when nothing but blank lines comes before it.
    const where = normalised.slice(0, offset).trim() === '' ? 'its start' : `line ${normalised.slice(0, offset).split('\n').length}`;
    removed.push(`a fragment of the page's HTML at ${where} (${fragment.trim()})`);
    return '';
  });

  const { html, tags, entities, comments } = escapeAllButMarkup(text);
  if (comments) removed.push('HTML comments');
  if (tags.length > 0) removed.push(`HTML tags (${tags.map((name) => `<${name}>`).join(', ')})`);
  const decoded = entities.filter(isDecoded);
  if (decoded.length > 0) removed.push(`HTML entities, replaced by the characters they stand for (${decoded.join(', ')})`);

  const lines = textLines(load(html, null, false).root().contents().toArray(), { keepLineBreaks: true });
  return { lines, removed };
}
