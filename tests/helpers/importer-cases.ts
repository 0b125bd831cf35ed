/** The importer's fixture cases (tests/fixtures/importer/cases.yaml), read for the tests that run them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ImportOptions } from '../../src/importer/import-release.ts';
import { ROOT } from './paths.ts';

export const IMPORTER_FIXTURES = `${ROOT}tests/fixtures/importer/`;

export interface ImporterCase {
  input: string;
  what: string;
  options?: ImportOptions;
  expect: 'import' | 'refusal';
  /** Where the article is in the input: its first and last words (text), or the element that holds it (a saved page). */
  article?: { from: string; to: string } | { selector: string };
  /** Words of the page around the article that must not reach the body, besides a saved page's scripts and navigation. */
  siteWords?: string[];
  message?: string;
  existing?: string[];
}

export const IMPORTER_CASES: ImporterCase[] = parse(readFileSync(`${IMPORTER_FIXTURES}cases.yaml`, 'utf8'));

/** The command-line options that give a case's import options. */
export function cliArgs(options: ImportOptions = {}): string[] {
  return [
    ...(options.title ? ['--title', options.title] : []),
    ...(options.titleSource ? ['--title-source-url', options.titleSource.url, ...(options.titleSource.title ? ['--title-source-title', options.titleSource.title] : [])] : []),
    ...(options.documentType ? ['--document-type', options.documentType] : []),
    ...(options.topics ? ['--topics', options.topics.join(',')] : []),
    ...(options.anyPartner ? ['--any-partner'] : []),
  ];
}
