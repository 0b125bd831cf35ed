// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';

// SITE is the public origin (for canonical URLs); BASE the sub-path the site is served under, if any.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      // Release texts are reproduced as issued: no typographic quote substitution.
      features: { smartPunctuation: false },
    }),
  },
  // Every stylesheet is a file, so the Content-Security-Policy needs no 'unsafe-inline' for styles.
  build: { inlineStylesheets: 'never' },
  // The search index is built last, over the finished pages.
  integrations: [
    mdx(),
    // The 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    securityHeadersFile(),
    pagefindIndex(),
  ],
  // Content pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
});
