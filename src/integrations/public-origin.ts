/**
 * Requires the archive's public origin where it matters (src/lib/public-origin.ts): `astro build` without one
 * stops before building, saying what to set; `astro dev` falls back to the local origin and says so, as does a
 * build for a local origin (`npm start`).
 */
import type { AstroIntegration } from 'astro';
import { isLocalOrigin, LOCAL_ORIGIN, MISSING_ORIGIN_MESSAGE } from '../lib/public-origin.ts';

export function requirePublicOrigin(): AstroIntegration {
  return {
    name: 'archive:public-origin',
    hooks: {
      // The config here already carries `--site` from the command line, which is how `npm start` builds for localhost.
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (config.site === undefined) {
          if (command === 'build') throw new Error(MISSING_ORIGIN_MESSAGE);
          if (command === 'dev') {
            updateConfig({ site: LOCAL_ORIGIN });
            logger.info(`No public origin set: absolute URLs name ${LOCAL_ORIGIN}, for local use.`);
          }
          return;
        }
        if (command === 'build' && isLocalOrigin(config.site)) {
          logger.warn(
            `Building for ${new URL(config.site).origin}, for local use only: every citation, feed and data file names this ` +
              'address. To publish, build with SITE set to the public origin (README, "Publishing").',
          );
        }
      },
    },
  };
}
