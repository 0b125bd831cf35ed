/**
 * linkinator over the served build, at the root and under a sub-path: every internal link and asset resolves.
 * External links are not checked (the tests run without internet access).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { SUBPATH_BASE } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

describe.each([
  ['at the root', distDir, '/'],
  ['under a sub-path', distSubpathDir, SUBPATH_BASE],
])('links of the build %s', (_, dist, base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dist(), { base });
  });
  afterAll(() => server?.close());

  it('all resolve: pages, assets, feeds and data files', async () => {
    const origin = server.origin;
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      // Anything not on the test server is another site's.
      linksToSkip: async (link) => !link.startsWith(origin),
      concurrency: 10,
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
    // Proof that the crawl went everywhere: a release page, a stylesheet, the feed and the open data.
    expect(checked.some((url) => url.includes(`${base}releases/2018-02-09-`))).toBe(true);
    expect(checked.some((url) => url.endsWith('.css'))).toBe(true);
    expect(checked).toContain(`${server.url}rss.xml`);
    expect(checked).toContain(`${server.url}data/releases.json`);
    expect(checked.every((url) => !url.startsWith(origin) || url.startsWith(server.url))).toBe(true);
  });
});
