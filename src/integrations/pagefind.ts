/**
 * Builds the Pagefind search index as the last step of `astro build`, through Pagefind's Node API,
 * so that one command gives a site with search (no second step to remember).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { paths } from '../lib/urls.ts';

/**
 * The pages Pagefind reads: the release pages, the only ones marked `data-pagefind-body`. Reading the
 * other pages (dialogues, agencies, people, topics) would find nothing to index and cost time and memory.
 */
export const RELEASE_PAGES_GLOB = `${paths.release('*').slice(1)}index.html`;

/** Throws when a Pagefind response reports errors, saying which step failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site (wherever `--outDir` put it) and writes the index to `<outDir>/pagefind/`.
 * Only release pages are read, and only what they mark with `data-pagefind-body` is indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          assertNoErrors('create an index', errors);
          if (!index) throw new Error('Pagefind returned no index.');
          const added = await index.addDirectory({ path: siteDir, glob: RELEASE_PAGES_GLOB });
          assertNoErrors(`index ${siteDir}`, added.errors);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          assertNoErrors('write the index', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Read ${added.page_count} pages; search index written to ${written.outputPath} in ${seconds}s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
