/**
 * Removing what scraping leaves in a press release: HTML fragments and tags, entities, the "Press Releases: "
 * prefix, the State Department site footer, control characters. Each kind removed is recorded, so that the
 * release's `source.description` can say exactly what was taken out.
 */

/** The text with its debris removed, lines kept, and what was removed, in the order first met. */
export interface CleanedText {
  text: string;
  removed: string[];
}

/** Named entities that occur in scraped State Department pages. Others are reported, never guessed. */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ocirc: 'ô', copy: '©',
};

/** Tags that end a line of text where they stand; every other tag is removed in place. */
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'tr', 'table']);

// A tag's tail at the very start of the text: the scraper cut into the middle of `<div class="…">`.
const LEADING_ATTRIBUTE_FRAGMENT = /^\s*((?:[a-zA-Z:-]+="[^"<>]*"\s*)+\/?>)/;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
// Control characters other than tab and newline; U+FFFD is what invalid UTF-8 decodes to.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF]/g;
const PRESS_RELEASES_PREFIX = /^Press Releases:\s*/;
const FOOTER_START = /The Office of Website Management, Bureau of Public Affairs, manages this site/;

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

/**
 * Removes scraping debris from a raw release. Words of the release are never changed:
 * entities are decoded to the characters they stand for, and a footer is removed only from where it starts.
 * @example removeScrapingDebris('class="x">Media Note\nOn March…').text === 'Media Note\nOn March…'
 */
export function removeScrapingDebris(raw: string): CleanedText {
  const removed: string[] = [];
  const note = (what: string) => {
    if (!removed.includes(what)) removed.push(what);
  };
  let text = raw.replace(/\r\n?/g, '\n');

  const fragment = LEADING_ATTRIBUTE_FRAGMENT.exec(text);
  if (fragment) {
    note(`a fragment of the page's HTML at its start (${fragment[1]!.trim()})`);
    text = text.slice(fragment[0].length);
  }
  if (COMMENT.test(text)) {
    note('HTML comments');
    text = text.replace(COMMENT, '');
  }
  const tagNames: string[] = [];
  text = text.replace(TAG, (_tag, name: string) => {
    const lower = name.toLowerCase();
    if (!tagNames.includes(lower)) tagNames.push(lower);
    return BLOCK_TAGS.has(lower) ? '\n' : '';
  });
  if (tagNames.length > 0) note(`HTML tags (${tagNames.map((name) => `<${name}>`).join(', ')})`);

  const entities: string[] = [];
  text = text.replace(ENTITY, (whole, body: string) => {
    const decoded = decodeEntity(body);
    if (decoded === undefined) return whole;
    if (!entities.includes(whole)) entities.push(whole);
    return decoded;
  });
  if (entities.length > 0) note(`HTML entities, replaced by the characters they stand for (${entities.join(', ')})`);

  if (CONTROL.test(text)) {
    note('control characters and undecodable bytes');
    text = text.replace(CONTROL, '');
  }
  // Non-breaking and other spaces read as spaces; tabs too.
  text = text.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

  const lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  const first = lines.findIndex((line) => line !== '');
  if (first >= 0 && PRESS_RELEASES_PREFIX.test(lines[first]!)) {
    note('the "Press Releases: " prefix of the title');
    lines[first] = lines[first]!.replace(PRESS_RELEASES_PREFIX, '');
  }
  const footerLine = lines.findIndex((line) => FOOTER_START.test(line));
  if (footerLine >= 0) {
    note('the website footer paragraph ("The Office of Website Management, Bureau of Public Affairs, manages this site…")');
    const kept = lines[footerLine]!.slice(0, lines[footerLine]!.search(FOOTER_START)).trim();
    lines.splice(footerLine, lines.length - footerLine, ...(kept ? [kept] : []));
  }
  return { text: lines.join('\n').replace(/^\n+|\n+$/g, ''), removed };
}
