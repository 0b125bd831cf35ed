import { describe, expect, it } from 'vitest';
import { isLocalOrigin, MISSING_ORIGIN_MESSAGE, publicOriginSetting } from '../../src/lib/public-origin.ts';

describe('publicOriginSetting', () => {
  it('takes SITE first, then the committed setting, then nothing', () => {
    expect(publicOriginSetting('https://a.example', 'https://b.example')).toBe('https://a.example');
    expect(publicOriginSetting(undefined, 'https://b.example')).toBe('https://b.example');
    expect(publicOriginSetting('  ', 'https://b.example/')).toBe('https://b.example');
    expect(publicOriginSetting(undefined, '')).toBeUndefined();
    expect(publicOriginSetting('', undefined)).toBeUndefined();
  });

  it('keeps the port and drops a lone trailing slash', () => {
    expect(publicOriginSetting('http://127.0.0.1:8080/', undefined)).toBe('http://127.0.0.1:8080');
  });

  it('refuses what is not an origin, naming the setting and what to do', () => {
    expect(() => publicOriginSetting('archive.example.org', undefined)).toThrow(/^SITE must be the archive's public origin.*got "archive\.example\.org"/);
    expect(() => publicOriginSetting(undefined, 'ftp://archive.example.org')).toThrow(/^PUBLIC_ORIGIN in astro\.config\.mjs must be an http or https origin/);
    expect(() => publicOriginSetting('https://user.github.io/cyber-dialogue/', undefined)).toThrow(/origin only.*Put a sub-path in BASE/);
    expect(() => publicOriginSetting('https://archive.example.org/?x=1', undefined)).toThrow(/origin only/);
  });
});

describe('isLocalOrigin', () => {
  it('knows the addresses of this computer', () => {
    for (const origin of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://archive.localhost']) expect(isLocalOrigin(origin)).toBe(true);
    for (const origin of ['https://example.org', 'https://localhost.example.org']) expect(isLocalOrigin(origin)).toBe(false);
  });
});

describe('MISSING_ORIGIN_MESSAGE', () => {
  it('says what to set and how to build for local use', () => {
    expect(MISSING_ORIGIN_MESSAGE).toMatch(/Set SITE/);
    expect(MISSING_ORIGIN_MESSAGE).toMatch(/PUBLIC_ORIGIN in astro\.config\.mjs/);
    expect(MISSING_ORIGIN_MESSAGE).toMatch(/npm start/);
  });
});
