/**
 * Property-style tests: whatever bytes come in, the importer either refuses them with an ImportError or writes MDX
 * that compiles with the site's own MDX compiler (satteri, used by @astrojs/mdx); and for every fixture that imports,
 * every word of the article in the input is in the body, in order, and no word of the site around it is. A seeded
 * generator makes every run the same 200 cases per property, so a failure can be replayed.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { releaseBodyText } from '../../src/importer/existing-releases.ts';
import { ImportError, importRelease } from '../../src/importer/import-release.ts';
import { paragraphToMdx } from '../../src/importer/mdx-text.ts';
import { mdxBodyText } from '../../src/lib/mentions.ts';
import { IMPORTER_CASES, IMPORTER_FIXTURES } from '../helpers/importer-cases.ts';
import { ROOT } from '../helpers/paths.ts';

const CASES = 200;
const registry = { ...loadContentRegistry(`${ROOT}content`), releases: [] };
const FIXTURE = readFileSync(`${IMPORTER_FIXTURES}TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt`, 'utf8');
const asInput = (text: string, fileName = 'fixture.txt') => ({ fileName, bytes: new TextEncoder().encode(text) });

/** Mulberry32: a small seeded generator, so the cases are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that mean something to MDX, Markdown, YAML or HTML, mixed with letters, spaces and line ends.
const HOSTILE = [...'{}<>[]()*_`#&\\|~!$:;"\'=-+.0123456789 \n\n\t/'];
const WORDS = ['import', 'export', '<div class="x">', '</b>', '&nbsp;', '&amp;', '<!--', '-->', '---', '```', '{props}', 'é', '—', '\u0000', '\uFFFD', 'Press Releases: ', 'Media Note', 'the ', 'France'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const r = random();
    if (r < 0.5) text += HOSTILE[Math.floor(random() * HOSTILE.length)];
    else if (r < 0.65) text += WORDS[Math.floor(random() * WORDS.length)];
    else if (r < 0.7) text += String.fromCodePoint(Math.floor(random() * 0x2fff));
    else text += 'abcdefghij'[Math.floor(random() * 10)];
  }
  return text;
}

function compiles(mdx: string): void {
  expect(() => mdxToJs(mdx), mdx).not.toThrow();
}

describe('the MDX the importer writes always compiles', () => {
  it('escaped paragraphs compile and read as the words given', () => {
    const random = seeded(1);
    for (let i = 0; i < CASES; i += 1) {
      const text = randomText(random, 1 + Math.floor(random() * 60)).replace(/\s+/g, ' ').trim() || 'x';
      const mdx = paragraphToMdx(text, []);
      compiles(mdx);
      expect(mdx).not.toMatch(/\n/);
    }
  });

  it('random bytes: refused with a clear ImportError, or imported into MDX that compiles', () => {
    const random = seeded(2);
    let refused = 0;
    for (let i = 0; i < CASES; i += 1) {
      const bytes = new Uint8Array(Math.floor(random() * 400));
      for (let j = 0; j < bytes.length; j += 1) bytes[j] = Math.floor(random() * 256);
      try {
        const { mdx } = importRelease({ fileName: 'random.txt', bytes }, registry);
        compiles(mdx);
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(ImportError);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('random text inside a valid release: imported, compiles, and the words survive', () => {
    const random = seeded(3);
    const marker = 'On October 30 – November 1, 2099,';
    let imported = 0;
    for (let i = 0; i < CASES; i += 1) {
      const noise = randomText(random, 1 + Math.floor(random() * 80)).replace(/\u0000/g, '');
      const raw = FIXTURE.replace(marker, `${noise}\n${marker}`);
      let result;
      try {
        result = importRelease(asInput(raw), registry);
      } catch (error) {
        // Noise may legitimately make the text unreadable (say, a second partner country); it must say so plainly.
        expect(error, String(error)).toBeInstanceOf(ImportError);
        continue;
      }
      compiles(result.mdx);
      imported += 1;
      expect(mdxBodyText(result.mdx)).toContain('the United States and France held the seventh bilateral Cyber Dialogue in Paris');
    }
    // Most noise is just text: the property must be exercised on real imports, not only on refusals.
    expect(imported).toBeGreaterThan(CASES / 2);
  });
});

/** The words of a text, as letters and digits, for comparing texts whatever their markup and punctuation. */
const words = (text: string): string[] => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `expected` is a subsequence of `actual`: every word, in order, with others allowed between. */
function missingWord(expected: string[], actual: string[]): string | undefined {
  let at = 0;
  for (const word of expected) {
    while (at < actual.length && actual[at] !== word) at += 1;
    if (at === actual.length) return word;
    at += 1;
  }
  return undefined;
}

/** The input's text, decoded as the file's byte-order mark or Windows-1252 fallback says (the test's own reading). */
function inputText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

describe.each(IMPORTER_CASES.filter((each) => each.expect === 'import'))('$input: the article, word for word', (each) => {
  it('every word of the article is in the body, in order; no word of the site around it is', () => {
    const bytes = readFileSync(`${IMPORTER_FIXTURES}${each.input}`);
    const text = inputText(bytes);
    const { mdx } = importRelease({ fileName: each.input, bytes }, registry, each.options);
    const body = words(releaseBodyText(mdx.slice(mdx.indexOf('\n---\n', 4) + 5)));
    let article: string;
    let site: string[] = (each.siteWords ?? []).flatMap(words);
    if (each.article && 'selector' in each.article) {
      // A saved page: its article element, read by an HTML parser; the site is what scripts, styles and navigation hold.
      const $ = load(text);
      article = $(each.article.selector).text();
      const around = $('script, style, nav, header.site-header, footer, aside, .share-buttons, .breadcrumbs, title').text();
      const inArticle = new Set(words(article).concat(words(each.options?.title ?? '')));
      site = [...site, ...words(around).filter((word) => !inArticle.has(word))];
    } else {
      // Scraped text: from the article's first words to its last; tags, comments and entities are markup, not words.
      const { from, to } = each.article as { from: string; to: string };
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      expect(start, `${from} in ${each.input}`).toBeGreaterThanOrEqual(0);
      article = text.slice(start, end).replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/g, ' ').replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ');
    }
    expect(words(article).length).toBeGreaterThan(30);
    expect(missingWord(words(article), body), each.input).toBeUndefined();
    for (const word of site) expect(body, `${word} (from the site around the article) in ${each.input}`).not.toContain(word);
  });
});
