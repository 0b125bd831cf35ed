import { describe, expect, it } from 'vitest';
import { CACHE_HEADER_RULES, IMMUTABLE } from '../../src/lib/cache-headers.ts';
import { PAGEFIND_ENCODING_RULES, PAGEFIND_GZIP_PATTERNS } from '../../src/lib/pagefind-encoding.ts';
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
  it('gives the security headers for every path, long caching for the hashed files, Pagefind\'s gzip files their encoding, and the raw files of releases a sandbox', () => {
    const [all, ...rest] = headerRules();
    expect(all).toEqual({ pattern: '/*', headers: securityHeaders() });
    expect(securityHeaders()).toEqual({ 'Content-Security-Policy': contentSecurityPolicy(), 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Content-Type-Options': 'nosniff' });
    expect(rest).toEqual([...CACHE_HEADER_RULES, ...PAGEFIND_ENCODING_RULES, SOURCE_FILE_RULE]);
    expect(PAGEFIND_ENCODING_RULES.map((rule) => rule.pattern)).toEqual([...PAGEFIND_GZIP_PATTERNS]);
    for (const rule of PAGEFIND_ENCODING_RULES) expect(rule.headers).toEqual({ 'Content-Encoding': 'gzip' });
    expect(CACHE_HEADER_RULES.map((rule) => rule.pattern)).toEqual(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']);
    for (const rule of CACHE_HEADER_RULES) expect(rule.headers).toEqual({ 'Cache-Control': IMMUTABLE });
  });

  it('gives the raw files of releases a sandbox that loads and runs nothing', () => {
    expect(SOURCE_FILE_RULE.pattern).toBe('/sources/*');
    const policy = SOURCE_FILE_RULE.headers['Content-Security-Policy']!.split('; ');
    expect(policy).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox', "frame-ancestors 'none'"]));
    expect(policy.join('; ')).not.toMatch(/script-src|'self'|allow-/);
  });
});

describe('headersFile', () => {
  it('writes every rule under the base path, its headers indented', () => {
    expect(patternUnderBase('/cyber-dialogue/', '/_astro/*')).toBe('/cyber-dialogue/_astro/*');
    expect(patternUnderBase('/cyber-dialogue', '/*')).toBe('/cyber-dialogue/*');
    expect(patternUnderBase('/', '/sources/*')).toBe('/sources/*');
    for (const base of ['/', '/cyber-dialogue/']) {
      expect(parseHeadersFile(headersFile(base))).toEqual(headerRules().map(({ pattern, headers }) => ({ pattern: patternUnderBase(base, pattern), headers })));
    }
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

  it('as a host applies it: a page gets the site policy; a raw file the sandbox as well, and nosniff', () => {
    const rules = parseHeadersFile(headersFile('/cyber-dialogue/'));
    expect(headersForPath(rules, '/cyber-dialogue/search/')['Content-Security-Policy']).toBe(contentSecurityPolicy());
    const source = headersForPath(rules, '/cyber-dialogue/sources/x.txt');
    expect(source['Content-Security-Policy']!.split(', ')).toContain(SOURCE_FILE_RULE.headers['Content-Security-Policy']);
    expect(source['X-Content-Type-Options']).toBe('nosniff');
  });

  it('as a host applies it: Pagefind\'s gzip files are sent as gzip-encoded, its script and entry file are not', () => {
    const rules = parseHeadersFile(headersFile('/cyber-dialogue/'));
    for (const path of ['wasm.en.pagefind', 'pagefind.en_2a3d5afaee.pf_meta', 'index/en_a0667be.pf_index', 'fragment/en_158353f.pf_fragment', 'filter/en_1073e19.pf_filter']) {
      expect([path, headersForPath(rules, `/cyber-dialogue/pagefind/${path}`)['Content-Encoding']]).toEqual([path, 'gzip']);
    }
    for (const path of ['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js']) {
      expect([path, headersForPath(rules, `/cyber-dialogue/pagefind/${path}`)['Content-Encoding']]).toEqual([path, undefined]);
    }
    expect(headersForPath(rules, '/pagefind/wasm.en.pagefind')['Content-Encoding']).toBeUndefined();
  });
});
