import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

// `npm ci` (CI's install) refuses a lock that lacks any optional platform package; the registry here lacks
// most of them, so `npm install` leaves them out. .ci/complete-lockfile.mjs puts them back.
describe('package-lock.json', () => {
  it('has an entry for every optional dependency, so that npm ci accepts it', () => {
    const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.entries(lock.packages)
      .flatMap(([at, entry]) => Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ at, name })))
      .filter(({ at, name }) => !lock.packages[`node_modules/${name}`] && !lock.packages[`${at}/node_modules/${name}`])
      .map(({ name }) => name);
    expect(missing, 'run `node .ci/complete-lockfile.mjs`').toEqual([]);
  });
});
