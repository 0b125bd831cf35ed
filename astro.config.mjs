// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE is the public origin (for canonical URLs); BASE the sub-path the site is served under, if any.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Release texts are reproduced as issued: no typographic quote substitution.
  markdown: { smartypants: false },
  integrations: [mdx()],
  // Content pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
});
