import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from './paths.ts';

/** The built page at a site path ("/releases/"), parsed. */
export function readPage(path: string, dist = DIST): CheerioAPI {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return load(readFileSync(file, 'utf8'));
}

/** Text as a reader sees it: white space folded. */
export function textOf(html: string): string {
  return html.replace(/\s+/g, ' ').trim();
}
