/**
 * The terms of the open data and its Frictionless Data Package descriptor, `/data/datapackage.json`: every
 * registered data file (src/lib/data-files.ts) with its schema, the license, the archive's version and when the
 * files were generated. Paths in the descriptor are relative to it, so the package works under any base path.
 */
import packageJson from '../../package.json';
import { ARCHIVE_NAME } from './citation.ts';
import { DATA_FILES, dataFilePath, dataSchemaPath, type DataFileDefinition } from './data-files.ts';
import type { UrlOf } from './absolute-urls.ts';
import { paths } from './urls.ts';

/** The license of the data: the archive dedicates what it adds to the public domain. */
export const DATA_LICENSE = {
  name: 'CC0-1.0',
  title: 'Creative Commons Zero v1.0 Universal',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

/** The archive's version, as package.json gives it. */
export const ARCHIVE_VERSION: string = packageJson.version;

/** The descriptor's address. */
export const DATA_PACKAGE_PATH = '/data/datapackage.json';

/** Where the data files are documented: the about page's section on them. */
export const DATA_DOCUMENTATION_PATH = `${paths.about()}#data`;

/**
 * When the files were generated: SOURCE_DATE_EPOCH (seconds) where the build sets it, for a reproducible build;
 * otherwise now. ISO 8601 in UTC, to the second.
 */
export function generationTime(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const time = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The generation time of this build, the same in every file of it. */
export const BUILD_TIME = generationTime();

/** The fields every JSON data file starts with. */
export function dataFileHeader(urlOf: UrlOf, created = BUILD_TIME) {
  return { documentation: urlOf(DATA_DOCUMENTATION_PATH), license: { ...DATA_LICENSE }, version: ARCHIVE_VERSION, created };
}

const RELATIVE = (path: string) => path.replace(/^\/data\//, '');

/** One resource of the package: a JSON Data Resource, or a Tabular Data Resource for CSV. */
function dataResource(file: DataFileDefinition) {
  const common = {
    name: file.name,
    title: file.title,
    description: file.description,
    path: RELATIVE(dataFilePath(file)),
    schema: RELATIVE(dataSchemaPath(file)),
    encoding: 'utf-8',
    licenses: [{ ...DATA_LICENSE }],
  };
  return file.format === 'csv'
    ? { ...common, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true } }
    : { ...common, profile: 'json-data-resource', format: 'json', mediatype: 'application/json' };
}

/** The descriptor. */
export function dataPackage(urlOf: UrlOf, files: readonly DataFileDefinition[] = DATA_FILES, created = BUILD_TIME) {
  return {
    profile: 'data-package',
    name: 'us-france-cyber-dialogue-archive',
    title: `${ARCHIVE_NAME}: open data`,
    description:
      "The U.S. Department of State's press releases on the U.S.–France Cyber Dialogue and the facts around them, as the archive's pages show them.",
    homepage: urlOf(DATA_DOCUMENTATION_PATH),
    version: ARCHIVE_VERSION,
    created,
    licenses: [{ ...DATA_LICENSE }],
    resources: files.map(dataResource),
  };
}
