import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** The types a static host compresses: text. Pagefind's own files (`.pagefind`, `.pf_*`) are gzip already and sent as they are. */
const isText = (type: string) => /^text\/|json|xml/.test(type);

export interface StaticServer {
  /** The origin plus the base path, ending in "/": http://127.0.0.1:PORT/base/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** This helper's server, which also counts what it sends (for the benchmark). */
export interface CountingStaticServer extends StaticServer {
  /**
   * The body bytes sent so far for each path, as sent (compressed or not), summed over its requests. A browser's own
   * account can miss some: Chromium reports no body for a web worker's script.
   */
  bodyBytesSent(): ReadonlyMap<string, number>;
}

export interface StaticServerOptions {
  /** The sub-path the site is served under, as it was built ("/" by default). */
  base?: string;
  /** Headers added to every response (a Content-Security-Policy, say), or to the response for each path. */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Gzip text responses for clients that accept it, as static hosts do, so that bytes transferred are a host's. */
  compress?: boolean;
}

/** Serves a built site on 127.0.0.1 at a free port, as a static host does: `/x/` → `x/index.html`, misses → 404.html. */
export async function serveStatic(dir: string, { base = '/', headers = {}, compress = false }: StaticServerOptions = {}): Promise<CountingStaticServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = normalize(`/${pathname.slice(base.length)}`);
      const candidate = join(dir, relative);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) {
        const index = join(candidate, 'index.html');
        file = existsSync(index) ? index : undefined;
      } else if (existsSync(candidate)) {
        file = candidate;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(dir, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const extra = typeof headers === 'function' ? headers(pathname) : headers;
    // A file the headers say is encoded already (Pagefind's gzip files) is sent as it is.
    const encodedAlready = Object.keys(extra).some((name) => name.toLowerCase() === 'content-encoding');
    const gzip = compress && !encodedAlready && isText(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...extra,
    });
    const body = createReadStream(file);
    const encoded = gzip ? body.pipe(createGzip()) : body;
    encoded.on('data', (chunk: Buffer) => sent.set(pathname, (sent.get(pathname) ?? 0) + chunk.length));
    encoded.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    bodyBytesSent: () => sent,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
