/**
 * The markup of the series pages (dialogues, agencies, people, topics, language, about): valid HTML, headings in order,
 * no client JavaScript, links that lead somewhere, external links opened safely.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/builds.ts';
import { readPage } from '../helpers/dist-pages.ts';
import { htmlProblems } from '../helpers/html-validation.ts';

/** Every built page under the sections this work adds, as site paths ("/agencies/anssi/"). */
function seriesPages(): string[] {
  const dist = distDir();
  const pages = ['/about/', '/language/'];
  for (const section of ['dialogues', 'agencies', 'people', 'topics']) {
    pages.push(`/${section}/`);
    for (const entry of readdirSync(join(dist, section), { withFileTypes: true })) {
      if (entry.isDirectory()) pages.push(`/${section}/${entry.name}/`);
    }
  }
  return pages;
}

const pages = seriesPages();

describe('series pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('ship no JavaScript: the only script is JSON-LD data', () => {
    for (const page of pages) {
      const $ = readPage(page);
      const scripts = $('script').map((_, s) => $(s).attr('type') ?? 'classic').get();
      expect(scripts.filter((type) => type !== 'application/ld+json'), page).toEqual([]);
      expect($('[onclick], [onload]'), page).toHaveLength(0);
    }
  });

  it('have one h1 and headings that never skip a level', () => {
    for (const page of pages) {
      const $ = readPage(page);
      const levels = $('main :header').map((_, h) => Number(h.tagName.slice(1))).get();
      expect(levels[0], page).toBe(1);
      expect(levels.filter((level) => level === 1), page).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `${page}: heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
    }
  });

  it('link only to pages and fragments that exist', () => {
    const dist = distDir();
    const idsOf = new Map<string, Set<string>>();
    const ids = (path: string) => {
      if (!idsOf.has(path)) {
        const $ = readPage(path);
        idsOf.set(path, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
      }
      return idsOf.get(path)!;
    };
    for (const page of pages) {
      const $ = readPage(page);
      $('main a[href]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (/^https?:/.test(href)) return;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        const target = path === '' ? page : path;
        const file = target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
        expect(existsSync(file), `${page} → ${href}`).toBe(true);
        if (fragment && target.endsWith('/')) expect(ids(target).has(fragment), `${page} → ${href}`).toBe(true);
      });
    }
  });

  it('open external links with rel="noopener"', () => {
    for (const page of pages) {
      const $ = readPage(page);
      $('main a[href^="http"]').each((_, a) => {
        expect($(a).attr('rel'), `${page} → ${$(a).attr('href')}`).toBe('noopener');
      });
    }
  });

  it("are valid HTML (the project's .htmlvalidate.json)", async () => {
    const files = pages.map((page) => join(page, 'index.html').replace(/^\//, ''));
    expect(await htmlProblems(distDir(), files)).toEqual([]);
  });
});
