import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules, headersFile, patternUnderBase, securityHeaders, SOURCE_FILE_RULE } from '../../src/lib/security-headers.ts';
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

describe('headerRules', () => {
  it('gives every path the security headers, and the raw files of releases a sandbox that loads and runs nothing', () => {
    expect(headerRules()).toEqual([{ pattern: '/*', headers: securityHeaders() }, SOURCE_FILE_RULE]);
    expect(SOURCE_FILE_RULE.pattern).toBe('/sources/*');
    const policy = SOURCE_FILE_RULE.headers['Content-Security-Policy']!.split('; ');
    expect(policy).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox', "frame-ancestors 'none'"]));
    expect(policy.join('; ')).not.toMatch(/script-src|'self'|allow-/);
  });
});

describe('headersFile', () => {
  it('writes every rule under the base path, its headers indented', () => {
    expect(patternUnderBase('/cyber-dialogue', '/*')).toBe('/cyber-dialogue/*');
    expect(patternUnderBase('/', '/sources/*')).toBe('/sources/*');
    for (const base of ['/', '/cyber-dialogue/']) {
      expect(parseHeadersFile(headersFile(base))).toEqual(headerRules().map(({ pattern, headers }) => ({ pattern: patternUnderBase(base, pattern), headers })));
    }
    expect(headersFile('/').split('\n').slice(0, 4)).toEqual([
      '/*',
      `  Content-Security-Policy: ${contentSecurityPolicy()}`,
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
    ]);
  });

  it('as a host applies it: a page gets the site policy; a raw file the sandbox as well, and nosniff', () => {
    const rules = parseHeadersFile(headersFile('/cyber-dialogue/'));
    expect(headersForPath(rules, '/cyber-dialogue/search/')['Content-Security-Policy']).toBe(contentSecurityPolicy());
    const source = headersForPath(rules, '/cyber-dialogue/sources/x.txt');
    expect(source['Content-Security-Policy']!.split(', ')).toContain(SOURCE_FILE_RULE.headers['Content-Security-Policy']);
    expect(source['X-Content-Type-Options']).toBe('nosniff');
  });
});
