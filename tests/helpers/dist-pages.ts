import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distDir } from './builds.ts';

/** The built page at a site path ("/releases/"), parsed. */
export function readPage(path: string, dist = distDir()): CheerioAPI {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return load(readFileSync(file, 'utf8'));
}

/** Text as a reader sees it: white space folded. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A delegation's section on a dialogue or release page, found by the heading that names it (#us-delegation, #france-delegation). */
export const DELEGATION_SECTION = { us: 'section[aria-labelledby=us-delegation]', fr: 'section[aria-labelledby=france-delegation]' } as const;
