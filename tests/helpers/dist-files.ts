import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a build, as paths relative to it ("search/index.html"), sorted. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dist, join(dist, file)))
    .sort();
}

/** The site path a built HTML file is served at: "search/index.html" → "/search/", "404.html" → "/404.html". */
export function sitePathOf(file: string): string {
  return file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
