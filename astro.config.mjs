// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// SITE is the public origin (for canonical URLs); BASE the sub-path the site is served under, if any.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Release texts are reproduced as issued: no typographic quote substitution.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // The search index is built last, over the finished pages.
  integrations: [mdx(), pagefindIndex()],
  // Content pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
});
