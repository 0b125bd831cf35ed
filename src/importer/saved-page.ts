/**
 * The article of a web page saved from a browser, read with a real HTML parser (cheerio, on parse5): its title,
 * and its lines of text (document type, office, date and paragraphs, in the page's order), without the site's
 * navigation, scripts, styles, share buttons and footers. Entities are decoded by the parser.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { textLines } from './html-text.ts';

export interface SavedPageArticle {
  /** The article's heading, else the page's `og:title` or `<title>` without the site's name. */
  title?: string;
  /** Where the title was read. */
  titleFrom?: 'the article heading (h1)' | 'og:title' | 'the page title';
  lines: string[];
  /** What was left out of the page, for the source description. */
  removed: string[];
}

/** Parts of a page that are the site's, not the article's, by their role or their elements. */
const SITE_PARTS = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [hidden], [aria-hidden="true"]';
/** …and by the words their class names and ids are made of (share buttons, breadcrumbs, related links, tags). */
const SITE_PART_WORDS = /(?:^|[-_\s])(?:share|sharing|social|breadcrumbs?|related|tags?|taxonomy|cookies?|newsletter|subscribe|menu|navbar|sidebar|skip|sr-only|visually-hidden|screen-reader-text|site-header|site-footer|signup)(?:$|[-_\s])/i;
/** A block shorter than this whose every word is a link is navigation ("Home", "Share on X", a tag list). */
const LINK_BLOCK_MAX_WORDS = 12;

/** The title's parts that name the site: "… - United States Department of State", "… | state.gov". */
const SITE_NAME = /\b(?:(?:United States|U\.S\.) Department of State|State Department|state\.gov|U\.S\. Embassy\b.*)$/i;
const TITLE_SEPARATOR = /\s+[-|–—]\s+/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The page's title without the site's name, from a `<title>` or `og:title`. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(TITLE_SEPARATOR);
  const isSite = (part: string) => SITE_NAME.test(part) || (siteName !== undefined && part.trim().toLowerCase() === siteName.trim().toLowerCase());
  const kept = parts.length > 1 ? parts.filter((part) => !isSite(part)) : parts;
  return (kept.length > 0 ? kept : parts).join(' - ').replace(/\s+/g, ' ').trim();
}

/** The element that holds the article: the one that holds its heading, else the page's main content, else the body. */
function articleRoot($: CheerioAPI): Element | undefined {
  for (const selector of ['article:has(h1)', 'main:has(h1)', '[role="main"]:has(h1)', 'main', '[role="main"]', 'article', 'body']) {
    const found = $(selector).first();
    if (found.length > 0) return found[0] as Element;
  }
  return undefined;
}

/**
 * Reads the article of a saved web page.
 * @example readSavedPage('<html><body><nav>Home</nav><main><h1>A Title</h1><p>Text.</p></main></body></html>')
 *   // { title: 'A Title', lines: ['A Title', '', 'Text.'], … }
 */
export function readSavedPage(html: string): SavedPageArticle {
  const $ = load(html);
  const removed: string[] = [];
  const siteName = $('meta[property="og:site_name"]').attr('content');
  const root = articleRoot($);
  const scripts = $('script, style, noscript, template').length;
  if (scripts > 0) removed.push('its scripts and styles');

  // The article and what holds its heading are never the site's, whatever their class names ("tag-france" on a
  // post); nor is anything that holds most of the article's text.
  const heading1 = root ? $(root).find('h1').first() : undefined;
  const kept = new Set<unknown>(root ? [root, ...$(root).parents().toArray(), ...(heading1?.toArray() ?? []), ...(heading1?.parentsUntil(root).toArray() ?? [])] : []);
  const textLength = (element: unknown) => $(element as Element).text().replace(/\s+/g, ' ').trim().length;
  const half = root ? textLength(root) / 2 : 0;
  const isSitePart = (element: Element) => !kept.has(element) && textLength(element) < half;
  const skipped = new Set<Element>(($(SITE_PARTS).toArray() as Element[]).filter(isSitePart));
  $('[class], [id]').each((_, element) => {
    const names = `${$(element).attr('class') ?? ''} ${$(element).attr('id') ?? ''}`;
    if (SITE_PART_WORDS.test(names) && isSitePart(element as Element)) skipped.add(element as Element);
  });
  // The page's header (at the top of the body, or holding the menus) is the site's; an article's own header holds
  // its type, office and date.
  $('header').each((_, element) => {
    const site = $(element).parent().is('body') || $(element).find('nav, [role="navigation"]').length > 0;
    if (site && $(element).find('h1').length === 0) skipped.add(element as Element);
  });
  const isLinkBlock = (element: Element): boolean => {
    const text = $(element).text();
    if (text.trim() === '' || wordCount(text) > LINK_BLOCK_MAX_WORDS) return false;
    const letters = (value: string) => value.replace(/\s+/g, '').length;
    return letters($(element).find('a').text()) >= letters(text);
  };
  let linkBlocks = 0;
  const skip = (element: Element): boolean => {
    if (skipped.has(element)) return true;
    if (/^(?:li|p|div|span|ul|ol)$/.test(element.name) && isLinkBlock(element)) {
      linkBlocks += 1;
      return true;
    }
    return false;
  };
  const lines = root ? textLines([root], { keepLineBreaks: false, skip }) : [];
  if (skipped.size > 0 || linkBlocks > 0) removed.push("the site's navigation, share buttons, related links and footer");

  const heading = heading1?.text().replace(/\s+/g, ' ').trim() ?? '';
  const ogTitle = $('meta[property="og:title"]').attr('content')?.trim();
  const pageTitle = $('title').first().text().replace(/\s+/g, ' ').trim();
  if (heading) return { title: heading, titleFrom: 'the article heading (h1)', lines, removed };
  if (ogTitle) return { title: withoutSiteName(ogTitle, siteName), titleFrom: 'og:title', lines, removed };
  if (pageTitle) return { title: withoutSiteName(pageTitle, siteName), titleFrom: 'the page title', lines, removed };
  return { lines, removed };
}
