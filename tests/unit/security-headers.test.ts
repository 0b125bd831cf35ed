import { describe, expect, it } from 'vitest';
import { CACHE_HEADER_RULES, IMMUTABLE } from '../../src/lib/cache-headers.ts';
import { contentSecurityPolicy, headerRules, headersFile, patternUnderBase } from '../../src/lib/security-headers.ts';

describe('contentSecurityPolicy', () => {
  it('allows only the site itself, WebAssembly for the search, and nothing inline', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
  });
});

describe('headerRules', () => {
  it('gives the security headers for every path, then long caching for the hashed files only', () => {
    const [all, ...rest] = headerRules();
    expect(all).toEqual({
      pattern: '/*',
      headers: { 'Content-Security-Policy': contentSecurityPolicy(), 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Content-Type-Options': 'nosniff' },
    });
    expect(rest).toEqual(CACHE_HEADER_RULES);
    expect(rest.map((rule) => rule.pattern)).toEqual(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']);
    for (const rule of rest) expect(rule.headers).toEqual({ 'Cache-Control': IMMUTABLE });
  });
});

describe('headersFile', () => {
  it('writes every rule under the base path, its headers indented', () => {
    expect(patternUnderBase('/cyber-dialogue/', '/_astro/*')).toBe('/cyber-dialogue/_astro/*');
    expect(patternUnderBase('/cyber-dialogue', '/*')).toBe('/cyber-dialogue/*');
    expect(patternUnderBase('/', '/*')).toBe('/*');
    const blocks = headersFile('/cyber-dialogue/').trimEnd().split('\n\n');
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(headerRules().map((rule) => `/cyber-dialogue${rule.pattern}`));
    expect(blocks[0]!.split('\n').slice(1)).toEqual([
      `  Content-Security-Policy: ${contentSecurityPolicy()}`,
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
    ]);
    expect(blocks[1]).toBe(`/cyber-dialogue/_astro/*\n  Cache-Control: ${IMMUTABLE}`);
  });
});
