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
 * The `_headers` file: the security headers for every path under the base path the site is built with
 * ("/*", or "/cyber-dialogue/*" for a site served under that sub-path).
 */
export function headersFile(base: string): string {
  const pattern = `${base.replace(/\/+$/, '')}/*`;
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `${pattern}\n${lines.join('\n')}\n`;
}
