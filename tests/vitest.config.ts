import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The project root, so that paths below read from there (this file lives in tests/ to keep the top level as designed).
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site (at the root and under a sub-path) and makes sure Chromium is there, once per run.
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: builds and browsers in parallel files would only fight for them.
    maxWorkers: 2,
  },
});
