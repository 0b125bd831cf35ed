import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/lib/security-headers.ts';

describe('contentSecurityPolicy', () => {
  it('allows only the site itself, WebAssembly for the search, and nothing inline', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
  });
});

describe('headersFile', () => {
  it('gives the security headers for every path under the base path', () => {
    expect(headersFile('/').split('\n')[0]).toBe('/*');
    expect(headersFile('/cyber-dialogue/').split('\n')[0]).toBe('/cyber-dialogue/*');
    expect(headersFile('/cyber-dialogue').split('\n')[0]).toBe('/cyber-dialogue/*');
    const lines = headersFile('/').split('\n').slice(1, -1);
    expect(lines).toEqual([
      `  Content-Security-Policy: ${contentSecurityPolicy()}`,
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
    ]);
  });
});
