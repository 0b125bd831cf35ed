/**
 * The site's search index: Pagefind, through its Node API, over the built pages. Run by `npm run build` once
 * `astro build` has ended (src/build/cli.ts).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../lib/urls.ts';

/**
 * The pages Pagefind reads: a release, a dialogue, an agency, a person or a topic, the pages that mark their own
 * words with `data-pagefind-body`. Reading the others (lists, the home page) would find nothing to index and cost
 * time and memory.
 */
export const SEARCHED_PAGES_GLOB = `{${[paths.releases(), paths.dialogues(), paths.agencies(), paths.people(), paths.topics()]
  .map((list) => list.replaceAll('/', ''))
  .join(',')}}/*/index.html`;

/** Throws when a Pagefind response reports errors, saying which step failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export interface SearchIndexWritten {
  pageCount: number;
  outputPath: string;
  seconds: number;
}

/**
 * Indexes the built site in `siteDir` and writes the index to `<siteDir>/pagefind/`. Only the pages of
 * `SEARCHED_PAGES_GLOB` are read, and only what they mark with `data-pagefind-body` is their text.
 */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexWritten> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    assertNoErrors('create an index', errors);
    if (!index) throw new Error('Pagefind returned no index.');
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHED_PAGES_GLOB });
    assertNoErrors(`index ${siteDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    assertNoErrors('write the index', written.errors);
    return { pageCount: added.page_count, outputPath: written.outputPath, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
