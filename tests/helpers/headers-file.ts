/** Reading a `_headers` file (Netlify / Cloudflare Pages format), as a static host would. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeaderRule } from '../../src/lib/security-headers.ts';

/** The rules of a `_headers` file: a path pattern at the start of a line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1) as { headers: Record<string, string> } | undefined;
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The rules of a built site's `dist/_headers`. */
export function readHeadersFile(dist: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
}

/**
 * The headers a host sends for a path: those of every rule whose pattern ("*" as a wildcard) matches it; a header
 * two matching rules set has both values, joined with a comma (as Netlify and Cloudflare Pages do).
 */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter(({ pattern }) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path));
  const headers: Record<string, string> = {};
  for (const [name, value] of matching.flatMap((rule) => Object.entries(rule.headers))) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  return headers;
}
