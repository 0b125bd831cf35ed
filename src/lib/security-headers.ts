/**
 * The HTTP headers the site asks static hosts to send, written to `_headers` (the Netlify and Cloudflare Pages
 * format) by src/integrations/security-headers.ts. The Content-Security-Policy allows exactly what the pages use:
 * our own scripts, styles and data, and WebAssembly for the search (Pagefind compiles its wasm in the page).
 */

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
 * The Content-Security-Policy of the raw files of releases (/sources/*): nothing may load, and `sandbox` puts the
 * document in an opaque origin where no script runs, should a browser ever render a saved web page as HTML.
 */
export const SOURCE_FILE_POLICY: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'none'"],
  ['sandbox'],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** A path pattern, from the site's base path ("/*", "/sources/*"), and the headers a host sends for it. */
export interface PathHeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The headers by path, most general first: every response's security headers, then the raw files', which are plain
 * text whatever they contain, under the sandboxing policy. A host sends a path the headers of every rule that
 * matches it, the later rule's where two give the same header. (`_headers` and any server configuration are
 * written from this list.)
 */
export function pathHeaderRules(): PathHeaderRule[] {
  return [
    { path: '/*', headers: securityHeaders() },
    {
      path: '/sources/*',
      headers: {
        ...securityHeaders(),
        'Content-Security-Policy': SOURCE_FILE_POLICY.map((directive) => directive.join(' ')).join('; '),
        'Content-Type': 'text/plain; charset=utf-8',
      },
    },
  ];
}

/**
 * The `_headers` file: the rules of `pathHeaderRules`, each path under the base path the site is built with
 * ("/*", or "/cyber-dialogue/*" for a site served under that sub-path).
 */
export function headersFile(base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return pathHeaderRules()
    .map(({ path, headers }) => [`${prefix}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')
    .concat('\n');
}
