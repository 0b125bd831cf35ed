import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';

describe('absoluteUrlOf', () => {
  it('puts the path under the base path at the site origin', () => {
    expect(absoluteUrlOf('https://example.org', '/')('/dialogues/6/')).toBe('https://example.org/dialogues/6/');
    expect(absoluteUrlOf(new URL('https://example.org/'), '/archive/')('/dialogues/6/')).toBe('https://example.org/archive/dialogues/6/');
    expect(absoluteUrlOf('https://example.org', '/archive')('/about/#data')).toBe('https://example.org/archive/about/#data');
  });

  it('asks for the site origin when there is none', () => {
    expect(() => absoluteUrlOf(undefined, '/')).toThrow(/set `site`/);
  });
});
