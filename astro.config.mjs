// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { requirePublicOrigin } from './src/integrations/public-origin.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { sourceFilesPublished } from './src/integrations/source-files.ts';
import { publicOriginSetting } from './src/lib/public-origin.ts';

/**
 * The archive's public origin, committed: set it here once the archive has its address (README, "Publishing"),
 * e.g. 'https://archive.example.org'. SITE, when set, takes its place. A production build needs one of the two.
 */
export const PUBLIC_ORIGIN = '';

// The public origin (citations, canonical URLs, feeds, data files); BASE the sub-path the site is served under, if any.
export default defineConfig({
  site: publicOriginSetting(process.env.SITE, PUBLIC_ORIGIN),
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
  // The search index is not built here but once `astro build` has ended, by `npm run build` (src/build/cli.ts).
  integrations: [
    // First, so that a build without its public origin stops before any work.
    requirePublicOrigin(),
    mdx(),
    // The 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    securityHeadersFile(),
    sourceFilesPublished(),
  ],
  // Content pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
});
