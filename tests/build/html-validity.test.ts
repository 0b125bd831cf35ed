/** Every HTML file of both builds (at the root and under a sub-path) is valid by the project's .htmlvalidate.json. */
import { describe, expect, it } from 'vitest';
import { distDir, distSubpathDir } from '../helpers/builds.ts';
import { htmlFiles } from '../helpers/dist-files.ts';
import { htmlProblems } from '../helpers/html-validation.ts';

describe.each([
  ['at the root', distDir],
  ['under a sub-path', distSubpathDir],
])('HTML of the build %s', (_, dist) => {
  it('has zero html-validate errors over every page', async () => {
    const files = htmlFiles(dist());
    expect(files.length).toBeGreaterThan(40);
    expect(await htmlProblems(dist(), files)).toEqual([]);
  });
});
