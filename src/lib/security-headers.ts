/**
 * The HTTP headers the site asks hosts to send, as rules by path: written to `_headers` (the Netlify and Cloudflare
 * Pages format) by src/integrations/security-headers.ts, and to the nginx configuration by src/lib/nginx-config.ts.
 * The Content-Security-Policy allows exactly what the pages use: our own scripts, styles and data, and WebAssembly
 * for the search (Pagefind compiles its wasm in the page). Pagefind's gzip files are marked as such
 * (src/lib/pagefind-encoding.ts).
 */
import { CACHE_HEADER_RULES } from './cache-headers.ts';
import { PAGEFIND_ENCODING_RULES } from './pagefind-encoding.ts';

/** Headers for the paths a pattern matches: a site path from the base path, "*" standing for any characters. */
export interface HeaderRule {
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/** The Content-Security-Policy directives, in the order they are written. */
export const CONTENT_SECURITY_POLICY: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'none'"],
  // Only the search page has a script: our module and Pagefind's, which compiles WebAssembly.
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  // Every stylesheet is an external file (astro.config.mjs: inlineStylesheets 'never').
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  // Pagefind fetches its index, fragments and wasm from the site.
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

/** The policy as one header value: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; …". */
export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.map((directive) => directive.join(' ')).join('; ');
}

/** Every response's security headers, by name. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * The Content-Security-Policy of the raw files of releases (/sources/*, plain text by their `.txt` names): nothing may
 * load, and `sandbox` puts the document in an opaque origin where no script runs, should a browser ever render a
 * saved web page as HTML. Sent with the site's policy, it only takes away.
 */
export const SOURCE_FILE_POLICY: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'none'"],
  ['sandbox'],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The rule for the raw files of releases. */
export const SOURCE_FILE_RULE: HeaderRule = {
  pattern: '/sources/*',
  headers: { 'Content-Security-Policy': SOURCE_FILE_POLICY.map((directive) => directive.join(' ')).join('; ') },
};

/**
 * Every header rule, with patterns from the site's base path. A host applies every rule that matches a path; a
 * header set by two matching rules is sent with both values (Netlify and Cloudflare Pages join them with a comma,
 * the nginx configuration sends the header twice, which HTTP reads the same way).
 */
export function headerRules(): HeaderRule[] {
  return [{ pattern: '/*', headers: securityHeaders() }, ...CACHE_HEADER_RULES, ...PAGEFIND_ENCODING_RULES, SOURCE_FILE_RULE];
}

/** A rule's pattern under the base path the site is built with ("/*" → "/cyber-dialogue/*"). */
export function patternUnderBase(base: string, pattern: string): string {
  return `${base.replace(/\/+$/, '')}${pattern}`;
}

/**
 * The `_headers` file: every rule, its pattern under the base path the site is built with ("/*", or
 * "/cyber-dialogue/*" for a site served under that sub-path), then its headers, indented.
 */
export function headersFile(base: string): string {
  return headerRules()
    .map(({ pattern, headers }) => [patternUnderBase(base, pattern), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}
