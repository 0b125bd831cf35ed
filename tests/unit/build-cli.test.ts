import { describe, expect, it } from 'vitest';
import { outDirOf } from '../../src/build/cli.ts';

describe('outDirOf', () => {
  it('reads the output folder given to astro build, in either form', () => {
    expect(outDirOf(['--outDir', 'out/site', '--config', 'x.mjs'])).toBe('out/site');
    expect(outDirOf(['--site', 'https://example.org', '--outDir=/tmp/dist'])).toBe('/tmp/dist');
  });

  it("falls back to Astro's default, dist", () => {
    expect(outDirOf([])).toBe('dist');
    expect(outDirOf(['--site', 'http://localhost:4321'])).toBe('dist');
  });
});
