/** One test file per importer module: each src/importer/<name>.ts has tests/unit/importer-<name>.test.ts. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

// The pipeline as a whole is tested on the seeds (golden), on the fixture corpus (fixtures) and by properties;
// ImportError is only a name for the importer's refusals, which every other file tests.
const TESTED_AS_A_WHOLE: Record<string, string[]> = {
  'import-release': ['importer-golden', 'importer-fixtures', 'importer-mdx-property'],
  'import-error': [],
};

describe('the importer modules', () => {
  it('each have a test file of their own', () => {
    const modules = readdirSync(`${ROOT}src/importer`).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
    expect(modules.length).toBeGreaterThan(20);
    for (const module of modules) {
      const files = TESTED_AS_A_WHOLE[module] ?? [`importer-${module}`];
      for (const file of files) expect(existsSync(`${ROOT}tests/unit/${file}.test.ts`), `tests/unit/${file}.test.ts for src/importer/${module}.ts`).toBe(true);
    }
  });
});
