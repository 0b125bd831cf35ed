import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, pathHeaderRules, securityHeaders } from '../../src/lib/security-headers.ts';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file.ts';

describe('contentSecurityPolicy', () => {
  it('allows only the site itself, WebAssembly for the search, and nothing inline', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
  });
});

describe('pathHeaderRules', () => {
  it('gives every path the security headers, and the raw files of releases plain text under a sandbox that runs nothing', () => {
    const [all, sources] = pathHeaderRules();
    expect(all).toEqual({ path: '/*', headers: securityHeaders() });
    expect(sources!.path).toBe('/sources/*');
    expect(sources!.headers).toMatchObject({ 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    const policy = sources!.headers['Content-Security-Policy']!.split('; ');
    expect(policy).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox']));
    expect(policy.join('; ')).not.toMatch(/script-src|'self'|allow-/);
  });
});

describe('headersFile', () => {
  it('writes each rule under the base path', () => {
    for (const base of ['/', '/cyber-dialogue/', '/cyber-dialogue']) {
      const prefix = base.replace(/\/$/, '');
      expect(parseHeadersFile(headersFile(base))).toEqual(pathHeaderRules().map(({ path, headers }) => ({ pattern: `${prefix}${path}`, headers })));
    }
    expect(headersFile('/').split('\n').slice(0, 4)).toEqual([
      '/*',
      `  Content-Security-Policy: ${contentSecurityPolicy()}`,
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
    ]);
  });

  it('as a host applies it: a page gets the site policy, a raw file the sandbox and plain text', () => {
    const rules = parseHeadersFile(headersFile('/cyber-dialogue/'));
    expect(headersForPath(rules, '/cyber-dialogue/search/')['Content-Security-Policy']).toBe(contentSecurityPolicy());
    const source = headersForPath(rules, '/cyber-dialogue/sources/x.txt');
    expect(source['Content-Security-Policy']).toMatch(/^default-src 'none'; sandbox/);
    expect(source['Content-Type']).toBe('text/plain; charset=utf-8');
  });
});
