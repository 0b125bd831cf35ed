import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type CountingStaticServer } from '../helpers/static-server.ts';

/** A raw GET (no automatic decompression): status, headers and the body as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic with compress, as the benchmark serves sites', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  const html = `<!doctype html><title>x</title>${'<p>repeated words</p>'.repeat(200)}`;
  let server: CountingStaticServer;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'chunk.pagefind'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    server = await serveStatic(dir, { compress: true });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gzips text for a client that accepts it, and sends the same text', async () => {
    const { encoding, body } = await get(server.url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(encoding).toBe('gzip');
    expect(body.length).toBeLessThan(html.length / 10);
    expect(gunzipSync(body).toString('utf8')).toBe(html);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const { encoding, body } = await get(server.url);
    expect(encoding).toBeUndefined();
    expect(body.toString('utf8')).toBe(html);
  });

  it('sends Pagefind’s files, compressed already, as written', async () => {
    const { encoding, body } = await get(`${server.url}chunk.pagefind`, { 'accept-encoding': 'gzip' });
    expect(encoding).toBeUndefined();
    expect([...body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('counts the body bytes it sent for each path, as sent', async () => {
    const before = server.bodyBytesSent().get('/chunk.pagefind') ?? 0;
    const { body } = await get(`${server.url}chunk.pagefind`, { 'accept-encoding': 'gzip' });
    await get(`${server.url}chunk.pagefind`);
    expect(server.bodyBytesSent().get('/chunk.pagefind')).toBe(before + 2 * body.length);
    const compressed = await get(server.url, { 'accept-encoding': 'gzip' });
    expect(server.bodyBytesSent().get('/')).toBeGreaterThanOrEqual(compressed.body.length);
  });
});

describe('serveStatic with headers by path, as a host reads `_headers`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  const json = JSON.stringify({ words: 'repeated '.repeat(200) });
  let server: CountingStaticServer;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'data.json'), json);
    writeFileSync(join(dir, 'chunk.pagefind'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    const headers = (path: string): Record<string, string> => ({
      'X-Path': path,
      ...(path.endsWith('.pagefind') || path.endsWith('.json') ? { 'Content-Encoding': 'gzip' } : {}),
    });
    server = await serveStatic(dir, { compress: true, headers });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends each path the headers given for it', async () => {
    const response = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      request(`${server.url}chunk.pagefind`, (res) => resolve(res.resume().headers)).on('error', reject).end();
    });
    expect(response['x-path']).toBe('/chunk.pagefind');
  });

  it('sends a file the headers say is encoded already as written, never compressed a second time', async () => {
    const pagefind = await get(`${server.url}chunk.pagefind`, { 'accept-encoding': 'gzip' });
    expect(pagefind.encoding).toBe('gzip');
    expect([...pagefind.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
    // Text it would otherwise compress (a wrong rule, here) is left alone too: one encoding, the one announced.
    const text = await get(`${server.url}data.json`, { 'accept-encoding': 'gzip' });
    expect([text.encoding, text.body.toString('utf8')]).toEqual(['gzip', json]);
  });
});
