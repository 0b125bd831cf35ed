// @ts-check
// The bare baseline of the benchmark: Astro, MDX and Pagefind only, one page per release and a list page.
// Built with `--root tests/bench/baseline`; it uses the project's node_modules.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
function pagefindIndex() {
  return {
    name: 'bench-baseline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = await pagefind.createIndex();
          if (!index) throw new Error('Pagefind returned no index.');
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Read ${added.page_count} pages; search index written in ${seconds}s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

export default defineConfig({
  trailingSlash: 'always',
  cacheDir: process.env.TEST_ASTRO_CACHE_DIR,
  integrations: [mdx(), pagefindIndex()],
});
