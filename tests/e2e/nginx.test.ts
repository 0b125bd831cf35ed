/**
 * The site served by nginx with the configuration `npm run nginx-config` prints, at the root and under a sub-path:
 * every response carries the headers `_headers` gives for its path, pages answer at their trailing-slash address,
 * a miss gets the 404 page, text is compressed, and the files whose names carry a hash are cached for a year.
 * (The search and the Content-Security-Policy run in Chromium against nginx in the `site-nginx` project.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../../src/lib/cache-headers.ts';
import { DEFAULT_CACHE_CONTROL } from '../../src/lib/nginx-config.ts';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';
import { serveWithNginx } from '../helpers/nginx.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const RELEASE_2018 = 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy/';
const SOURCE_2018 = 'sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt';

/** One file of a folder of the build, as a path from the build's root ("_astro/about.Dx-BtukR.css"). */
function someFile(dist: string, folder: string, ending: string): string {
  const file = readdirSync(join(dist, folder)).find((name) => name.endsWith(ending));
  if (!file) throw new Error(`no ${ending} file in ${folder}`);
  return `${folder}/${file}`;
}

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('the build %s, served by nginx', (_, dist, base) => {
  let server: StaticServer;
  let rules: ReturnType<typeof readHeadersFile>;
  beforeAll(async () => {
    rules = readHeadersFile(dist());
    server = await serveWithNginx(dist(), { base });
  });
  afterAll(() => server?.close());

  const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

  /** The headers `_headers` gives a path, with the Cache-Control hosts send where it gives none. */
  function expectedHeaders(path: string): Record<string, string> {
    const headers = headersForPath(rules, `${base}${path}`);
    return { 'Cache-Control': DEFAULT_CACHE_CONTROL, ...headers };
  }

  it('sends, on every kind of response, the headers _headers gives for its path', async () => {
    const paths = [
      '',
      RELEASE_2018,
      'search/',
      'data/releases.json',
      'rss.xml',
      SOURCE_2018,
      someFile(dist(), '_astro', '.css'),
      someFile(dist(), 'pagefind/fragment', '.pf_fragment'),
      'pagefind/pagefind.js',
      'no-such-page/',
    ];
    for (const path of paths) {
      const response = await get(path);
      const expected = expectedHeaders(path);
      // The rules set at least the three security headers, and Cache-Control on the hashed files.
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(4);
      for (const [name, value] of Object.entries(expected)) expect([path, name, response.headers.get(name)]).toEqual([path, name, value]);
    }
  });

  it('caches the files whose names carry a hash for a year, and has the rest revalidated', async () => {
    expect((await get(someFile(dist(), '_astro', '.css'))).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const folder of ['index', 'fragment', 'filter']) {
      expect((await get(someFile(dist(), `pagefind/${folder}`, `.pf_${folder}`))).headers.get('cache-control')).toBe(IMMUTABLE);
    }
    for (const path of ['', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'data/releases.json']) {
      expect((await get(path)).headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
    }
  });

  it('sends Pagefind’s gzip files as they are written, marked gzip-encoded: the browser decompresses them once, and Pagefind finds its signature', async () => {
    for (const path of ['pagefind/wasm.en.pagefind', someFile(dist(), 'pagefind/fragment', '.pf_fragment'), someFile(dist(), 'pagefind/index', '.pf_index')]) {
      const response = await get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect([path, response.headers.get('content-encoding')]).toEqual([path, 'gzip']);
      // fetch decodes one layer of gzip, as a browser does.
      expect([path, Buffer.from(await response.arrayBuffer()).subarray(0, 12).toString('latin1')]).toEqual([path, 'pagefind_dcd']);
    }
  });

  it('redirects a page without its trailing slash to its address, keeping the host and port', async () => {
    const response = await get(RELEASE_2018.replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${base}${RELEASE_2018}`);
    if (base !== '/') {
      const bare = await fetch(`${server.origin}${base.replace(/\/$/, '')}`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, base]);
    }
  });

  it('answers a miss with status 404 and the 404 page, inside and outside the base path', async () => {
    const page404 = readFileSync(join(dist(), '404.html'), 'utf8');
    for (const url of [`${server.url}no-such-page/`, `${server.url}_astro/`, `${server.origin}/elsewhere/`]) {
      const response = await fetch(url, { redirect: 'manual' });
      expect([url, response.status]).toEqual([url, 404]);
      expect(await response.text()).toBe(page404);
    }
  });

  it('compresses text with gzip', async () => {
    for (const path of ['', someFile(dist(), '_astro', '.css'), 'data/releases.json', 'data/delegations.csv', 'pagefind/pagefind.js']) {
      const response = await get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect([path, response.headers.get('content-encoding'), response.headers.get('vary')]).toEqual([path, 'gzip', 'Accept-Encoding']);
    }
  });

  it('names the type of each kind of file', async () => {
    const types: [string, RegExp][] = [
      ['', /^text\/html; charset=utf-8$/],
      ['data/releases.json', /^application\/json; charset=utf-8$/],
      ['data/delegations.csv', /^text\/csv; charset=utf-8$/],
      ['rss.xml', /xml/],
      // A raw file is text, never a page the browser would render, whatever it holds.
      [SOURCE_2018, /^text\/plain; charset=utf-8$/],
      ['favicon.svg', /^image\/svg\+xml/],
      ['pagefind/wasm.en.pagefind', /^application\/octet-stream$/],
    ];
    for (const [path, type] of types) expect([path, (await get(path)).headers.get('content-type')]).toEqual([path, expect.stringMatching(type)]);
  });
});
