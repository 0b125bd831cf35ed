import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions and the importer: no build, no browser, starts in a second; also
// `npm run test:watch`) and `site` (the built site and Chromium, behind one global setup). `npm test` runs both.
export default defineConfig({
  // The project root, so that paths below read from there (this file lives in tests/ to keep the top level as designed).
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: builds and browsers in parallel files would only fight for them.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // The search tests run once, behind nginx (site-nginx): the test server would only repeat them.
          exclude: ['tests/e2e/search.test.ts'],
          // Builds the site (at the root and under a sub-path) and makes sure Chromium and nginx are there, once per run.
          globalSetup: ['tests/setup/global-setup.ts'],
          provide: { webServer: 'node' },
        },
      },
      {
        // The search, and the Content-Security-Policy again, with the site served by nginx and its generated
        // configuration (tests/helpers/site-server.ts), over the same builds.
        test: {
          name: 'site-nginx',
          include: ['tests/e2e/search.test.ts', 'tests/e2e/content-security-policy.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          provide: { webServer: 'nginx' },
        },
      },
    ],
  },
});
