/**
 * The public origin is required where it matters: a production build names the archive by the origin it is given,
 * never by localhost, and a build given none stops, saying what to set.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLIC_ORIGIN } from '../../astro.config.mjs';
import { MISSING_ORIGIN_MESSAGE } from '../../src/lib/public-origin.ts';
import { buildSite, TEST_SITE } from '../helpers/build-site.ts';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { TEST_OUTPUT } from '../helpers/paths.ts';

/** Every file of a build as text; Pagefind's gzip files (index, fragments, filters, wasm) unpacked first. */
function filesAsText(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    const bytes = readFileSync(path);
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    files.set(path.slice(dist.length), (gzip ? gunzipSync(bytes) : bytes).toString('latin1'));
  }
  return files;
}

describe.each([
  ['at the root', distDir],
  ['under a sub-path', distSubpathDir],
])('a production build %s', (_, dist) => {
  it('names no localhost anywhere, and names the archive by the origin it was given', () => {
    const files = filesAsText(dist());
    expect(files.size).toBeGreaterThan(50);
    expect([...files].filter(([, text]) => /localhost/i.test(text)).map(([path]) => path)).toEqual([]);
    expect(files.get('robots.txt')).toContain(`Sitemap: ${TEST_SITE}/`);
  });
});

describe('a production build without a public origin', () => {
  const outDir = `${TEST_OUTPUT}no-origin-${process.pid}/`;
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('stops before building, saying what to set (or builds with the committed origin, once there is one)', async () => {
    const result = await buildSite({ outDir, site: null });
    if (PUBLIC_ORIGIN === '') {
      expect(result.code, result.output).not.toBe(0);
      expect(result.output.replace(/\s+/g, ' ')).toContain(MISSING_ORIGIN_MESSAGE);
      expect(readdirSync(TEST_OUTPUT)).not.toContain(`no-origin-${process.pid}`);
    } else {
      expect(result.code, result.output).toBe(0);
      expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL(PUBLIC_ORIGIN).origin}/`);
    }
  });
});
