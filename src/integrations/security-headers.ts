/**
 * Writes `_headers` at the root of the built site, for static hosts that read it (Netlify, Cloudflare Pages):
 * the Content-Security-Policy and the other security headers of src/lib/security-headers.ts, for every path
 * under the site's base path. (Astro does not route files whose names start with "_", hence a build hook.)
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security-headers.ts';

/** The integration; `_headers` is written when the build is done. */
export function securityHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info('Security headers written to _headers.');
      },
    },
  };
}
