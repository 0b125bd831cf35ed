/**
 * The site served by Debian's nginx with the configuration `npm run nginx-config` prints (src/lib/nginx-config.ts):
 * in the foreground, on a free port of 127.0.0.1, with its pid file, temporary files and logs in a folder of its
 * own, removed when it stops. As root, a missing nginx is installed with apt-get, as Chromium is.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nginxSiteConfig } from '../../src/lib/nginx-config.ts';
import { TEST_OUTPUT } from './paths.ts';
import type { StaticServer } from './static-server.ts';

/** Debian's nginx, or the one NGINX_PATH names. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The MIME types Debian's nginx ships (package nginx-common), which the site's configuration relies on. */
const MIME_TYPES = '/etc/nginx/mime.types';

/**
 * Makes sure nginx is installed: as root it installs Debian's package; otherwise it stops the run with the command
 * to run. The nginx tests are never skipped.
 */
export function ensureNginx(): void {
  if (existsSync(NGINX_PATH) && existsSync(MIME_TYPES)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`nginx is not at ${NGINX_PATH}: installing Debian's nginx package…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'inherit', env });
    if (existsSync(NGINX_PATH) && existsSync(MIME_TYPES)) return;
  }
  throw new Error(
    `The web server tests need nginx at ${NGINX_PATH} (with ${MIME_TYPES}). Install it with \`sudo apt-get install -y nginx\` ` +
      '(Debian/Ubuntu), or set NGINX_PATH. The tests are not skipped without it.',
  );
}

/** A port of 127.0.0.1 that nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once the port accepts connections; rejects if nginx exits first or after 15 s. */
async function listening(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), done(true)));
      socket.on('error', () => done(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`nginx did not listen on port ${port} within 15 s`);
}

/** Serves a built site with nginx at `base`, as a host would. */
export async function serveWithNginx(dist: string, { base = '/' }: { base?: string } = {}): Promise<StaticServer> {
  ensureNginx();
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const work = mkdtempSync(join(TEST_OUTPUT, 'nginx-'));
  // The served folder mirrors URL paths: the site itself at the root, or a folder holding it as the base's name.
  let root = resolve(dist);
  if (base !== '/') {
    root = join(work, 'www');
    mkdirSync(join(root, base, '..'), { recursive: true });
    symlinkSync(resolve(dist), join(root, base.replace(/\/+$/, '')));
  }
  const log = join(work, 'error.log');
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const site = nginxSiteConfig({ root, base, listen: `127.0.0.1:${port}` });
    writeFileSync(join(work, 'site.conf'), site);
    writeFileSync(
      join(work, 'nginx.conf'),
      [
        'daemon off;',
        // One process, as the user running the tests: no workers to switch to another user.
        'master_process off;',
        `pid ${join(work, 'nginx.pid')};`,
        `error_log ${log} warn;`,
        'events { worker_connections 256; }',
        'http {',
        `  include ${MIME_TYPES};`,
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(work, `${kind}-temp`)};`),
        `  include ${join(work, 'site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const child = spawn(NGINX_PATH, ['-p', `${work}/`, '-e', log, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    try {
      await listening(port, child, log);
    } catch (error) {
      child.kill('SIGKILL');
      // Another process may have taken the port between our look and nginx's bind: try another, twice.
      if (attempt < 3 && /Address already in use/.test(`${stderr}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`)) continue;
      rmSync(work, { recursive: true, force: true });
      throw new Error(`${(error as Error).message}\n${stderr}`);
    }
    // Should the test process end without closing the server, nginx ends with it.
    const stopWithUs = () => child.kill('SIGQUIT');
    process.once('exit', stopWithUs);
    const origin = `http://127.0.0.1:${port}`;
    return {
      origin,
      url: `${origin}${base}`,
      close: async () => {
        process.off('exit', stopWithUs);
        if (child.exitCode === null) {
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGQUIT');
          await exited;
        }
        rmSync(work, { recursive: true, force: true });
      },
    };
  }
}
