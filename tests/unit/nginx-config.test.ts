import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL, nginxSiteConfig, patternRegex } from '../../src/lib/nginx-config.ts';
import type { HeaderRule } from '../../src/lib/security-headers.ts';

const rules: HeaderRule[] = [
  { pattern: '/*', headers: { 'X-Frame': "deny 'all'", 'Referrer-Policy': 'no-referrer' } },
  { pattern: '/files/*', headers: { 'Cache-Control': 'max-age=60' } },
  { pattern: '/sources/*.txt', headers: { 'X-Frame': 'sandbox' } },
];

/** The regex and value of each entry of the map that defines a variable. */
function mapEntries(config: string, variable: string): string[] {
  const block = new RegExp(`map \\$uri \\${variable} \\{\\n([^}]*)\\}`).exec(config);
  if (!block) throw new Error(`no map for ${variable}`);
  return block[1]!.trim().split('\n').map((line) => line.trim());
}

describe('patternRegex', () => {
  it('anchors a pattern, escapes its characters and reads "*" as anything', () => {
    expect(patternRegex('/a.b/*')).toBe('^/a\\.b/.*$');
    expect(patternRegex('/sources/*.txt')).toBe('^/sources/.*\\.txt$');
    expect(new RegExp(patternRegex('/cyber-dialogue/*')).test('/cyber-dialogue/releases/')).toBe(true);
    expect(new RegExp(patternRegex('/cyber-dialogue/*')).test('/other/')).toBe(false);
  });
});

describe('nginxSiteConfig', () => {
  const config = nginxSiteConfig({ root: '/srv/www', base: '/sub/', listen: '127.0.0.1:8080', serverName: 'archive.example' }, rules);

  it('gives each rule and header a map of its own, so that every matching rule applies, as with _headers', () => {
    expect(mapEntries(config, '$archive_0_x_frame')).toEqual(['default "";', `"~^/sub/.*$" "deny 'all'";`]);
    expect(mapEntries(config, '$archive_0_referrer_policy')).toEqual(['default "";', '"~^/sub/.*$" "no-referrer";']);
    expect(mapEntries(config, '$archive_2_x_frame')).toEqual(['default "";', '"~^/sub/sources/.*\\\\.txt$" "sandbox";']);
    for (const line of ['add_header X-Frame $archive_0_x_frame always;', 'add_header X-Frame $archive_2_x_frame always;', 'add_header Cache-Control $archive_1_cache_control always;']) {
      expect(config).toContain(`    ${line}`);
    }
  });

  it('sends Cache-Control: no-cache where no rule sets it', () => {
    expect(mapEntries(config, '$archive_default_cache_control')).toEqual([`default "${DEFAULT_CACHE_CONTROL}";`, '"~^/sub/files/.*$" "";']);
  });

  it('serves the base path with the 404 page, relative redirects and gzip, and nothing outside it', () => {
    for (const line of [
      'listen 127.0.0.1:8080;',
      'server_name archive.example;',
      'root "/srv/www";',
      'absolute_redirect off;',
      'error_page 404 /sub/404.html;',
      'error_page 403 =404 /sub/404.html;',
      'gzip on;',
      'location /sub/ {',
      'location = /sub {',
      'return 301 /sub/;',
      'location / {',
      'return 404;',
    ]) {
      expect(config).toContain(line);
    }
    expect(config).toMatch(/gzip_types [^;]*text\/css[^;]*application\/json/);
    // add_header only in the server: one in a location would drop the others there.
    expect(config.slice(config.indexOf('\n    location ')).includes('add_header')).toBe(false);
  });

  it('at the root, has no location outside the base', () => {
    const atRoot = nginxSiteConfig({ root: '/srv/dist', base: '/', listen: '80' }, rules);
    expect(atRoot).toContain('location / {');
    expect(atRoot).not.toContain('return 404;');
    expect(atRoot).toContain('error_page 404 /404.html;');
    expect(atRoot).toContain('"~^/files/.*$"');
  });

  it('refuses a value nginx would read as a variable', () => {
    expect(() => nginxSiteConfig({ root: '/srv', base: '/', listen: '80' }, [{ pattern: '/*', headers: { X: 'costs $5' } }])).toThrow(/variable/);
  });
});
