/**
 * The web server a site test runs against: the test helper's (tests/helpers/static-server.ts), or nginx with the
 * site's own configuration (tests/helpers/nginx.ts) in the `site-nginx` project of tests/vitest.config.ts, which
 * runs the search tests and, again, the Content-Security-Policy tests that way.
 */
import { inject } from 'vitest';
import { serveWithNginx } from './nginx.ts';
import { serveStatic, type StaticServer, type StaticServerOptions } from './static-server.ts';

export type WebServerKind = 'node' | 'nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which server the project's site tests run against. */
    webServer: WebServerKind;
  }
}

/** The server of this project: "nginx" in `site-nginx`, the test helper's elsewhere. */
export const webServerKind = (): WebServerKind => inject('webServer') ?? 'node';

/**
 * Serves a built site. Under nginx the headers are those of the site's configuration, generated from the same
 * rules as `_headers`, so `headers` is not used; nginx compresses text as a host does.
 */
export function serveSite(dist: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  return webServerKind() === 'nginx' ? serveWithNginx(dist, { base: options.base }) : serveStatic(dist, options);
}
