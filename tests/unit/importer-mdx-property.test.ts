/**
 * Property-style tests: whatever bytes come in, the importer either refuses them with an ImportError or writes MDX
 * that compiles with the site's own MDX compiler (satteri, used by @astrojs/mdx). A seeded generator makes every run
 * the same 200 cases per property, so a failure can be replayed.
 */
import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadContentRegistry } from '../../src/importer/content-registry.ts';
import { decodeReleaseBytes, ImportError, importRelease } from '../../src/importer/import-release.ts';
import { paragraphToMdx } from '../../src/importer/mdx-text.ts';
import { mdxBodyText } from '../../src/lib/mentions.ts';
import { ROOT } from '../helpers/paths.ts';

const CASES = 200;
const registry = loadContentRegistry(`${ROOT}content`);
const FIXTURE = readFileSync(`${ROOT}tests/fixtures/importer/TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt`, 'utf8');

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
        const { mdx } = importRelease(decodeReleaseBytes(bytes, 'random.txt'), registry, { fileName: 'random.txt' });
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
        result = importRelease(raw, registry, { fileName: 'fixture.txt' });
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
