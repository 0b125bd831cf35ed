/**
 * `npm run import -- path/to/release [options]`: imports the raw file of a press release (scraped text or a saved
 * web page) as content/releases/<slug>.mdx, and keeps the file itself as content/sources/<slug>.<ext>.
 * Thin: it reads the file and the registries, calls importRelease, prints its report, and writes.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import { loadContentRegistry, RegistryError } from './content-registry.ts';
import { REPLACE_CURATED_OPTION } from './curated-fields.ts';
import { ImportError, importRelease, type ImportOptions } from './import-release.ts';
import { importReport } from './import-report.ts';
import { InputFileError, readInputFile } from './input-file.ts';
import { ANY_PARTNER_OPTION } from './release-facts.ts';
import { additionsByFile, hasAdditions } from './registry-additions.ts';

const USAGE = `Usage: npm run import -- FILE [options]

Imports a press release, scraped as text (.txt, in UTF-8, UTF-16 or Windows-1252) or saved as a web page (.html),
into content/releases/<slug>.mdx, and keeps the file itself as content/sources/<slug>.<ext>.

Options:
  --dry-run                  print the report and the MDX; write nothing
  --force                    replace an existing release file with the same slug (its curated fields are kept)
  ${REPLACE_CURATED_OPTION}          with --force: replace the curated fields too (title source, topics, links)
  --out DIR                  write the release into DIR (default: <content>/releases), its raw file into DIR/../sources
  --content DIR              the content folder with the registries (default: content)
  --add-unknown              add unknown agencies, people and dialogues to the registries, marked needsReview
  --title TEXT               the title, for a release whose text has none
  --title-source-url URL     where that title comes from (cited on the release page)
  --title-source-title TEXT  the name of that source
  --document-type TYPE       for a release whose header has none: ${Object.keys(DOCUMENT_TYPES).join(', ')}
  --topics a,b,c             the confirmed topics, instead of the suggested ones
  ${ANY_PARTNER_OPTION}              import a release whose subject names another partner than France
  --help                     show this help

Exit codes: 0 imported (or dry run), 1 the release cannot be imported as it is, 2 the command or the file is wrong.`;

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  'replace-curated': { type: 'boolean' },
  out: { type: 'string' },
  content: { type: 'string' },
  'add-unknown': { type: 'boolean' },
  title: { type: 'string' },
  'title-source-url': { type: 'string' },
  'title-source-title': { type: 'string' },
  'document-type': { type: 'string' },
  topics: { type: 'string' },
  'any-partner': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The import options from the command line; a usage error is a message. */
function importOptions(values: Values): ImportOptions | string {
  const documentType = values['document-type'];
  if (documentType !== undefined && !(documentType in DOCUMENT_TYPES)) return `--document-type: expected one of ${Object.keys(DOCUMENT_TYPES).join(', ')}; got "${documentType}".`;
  if (values['title-source-title'] && !values['title-source-url']) return '--title-source-title needs --title-source-url: a cited source needs its address.';
  if (values['replace-curated'] && !values.force) return `${REPLACE_CURATED_OPTION} goes with --force: it says what --force does with the curated fields.`;
  return {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values['title-source-url'] ? { titleSource: { url: values['title-source-url'], ...(values['title-source-title'] ? { title: values['title-source-title'] } : {}) } } : {}),
    ...(documentType ? { documentType: documentType as DocumentType } : {}),
    ...(values.topics !== undefined ? { topics: values.topics.split(',').map((topic) => topic.trim()).filter(Boolean) } : {}),
    ...(values['any-partner'] ? { anyPartner: true } : {}),
    ...(values['replace-curated'] ? { replaceCurated: true } : {}),
  };
}

/** Runs the command on its arguments; returns the exit code: 0 imported, 1 the release cannot be imported as it is, 2 the command or the file is wrong. */
export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Expected exactly one release file; got ${positionals.length}.\n\n${USAGE}`);
    return 2;
  }
  const options = importOptions(values);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const contentDir = resolve(values.content ?? 'content');
  const outDir = resolve(values.out ?? join(contentDir, 'releases'));

  try {
    const input = readInputFile(positionals[0]!);
    const registry = loadContentRegistry(contentDir);
    const result = importRelease(input, registry, options);
    console.log(importReport(input.fileName, result.notes));

    if (hasAdditions(result.additions) && !values['add-unknown']) {
      console.error(`\n${input.fileName} names entries that the registries in ${contentDir} do not have. Nothing was written.`);
      console.error('Add these lines (and check them), or run again with --add-unknown to add them marked needsReview:');
      for (const { file: registryFile, yaml } of additionsByFile(result.additions)) console.error(`\n# ${join(contentDir, registryFile)}\n${yaml}`);
      return 1;
    }

    const target = join(outDir, `${result.slug}.mdx`);
    const sourceTarget = join(dirname(outDir), result.source.fields.path);
    const exists = existsSync(target);
    if (values['dry-run']) {
      const replacing = exists ? ` (it exists: writing it needs --force, which would replace it${result.existing ? ' and keep its curated fields' : ''})` : '';
      console.log(`\nWould write ${target}${replacing}, keep the raw file as ${sourceTarget}${hasAdditions(result.additions) ? ' and add to the registries' : ''}:\n`);
      process.stdout.write(result.mdx);
      return 0;
    }
    if (exists && !values.force) {
      console.error(`\n${target} already exists. Nothing was written. Run again with --force to replace it (its curated fields are kept; ${REPLACE_CURATED_OPTION} replaces them too).`);
      return 1;
    }
    for (const { file: registryFile, yaml } of additionsByFile(result.additions)) {
      appendFileSync(join(contentDir, registryFile), `\n# Added by the importer from ${input.fileName}; needs review.\n${yaml}\n`);
      console.log(`Added to ${join(contentDir, registryFile)} (needsReview):\n${yaml}`);
    }
    mkdirSync(outDir, { recursive: true });
    mkdirSync(dirname(sourceTarget), { recursive: true });
    writeFileSync(sourceTarget, result.source.bytes);
    writeFileSync(target, result.mdx);
    console.log(`\nWrote ${target}\nKept the raw file as ${sourceTarget}`);
    return 0;
  } catch (error) {
    if (error instanceof InputFileError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ImportError || error instanceof RegistryError) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

// Run as the command (not when a test imports `main`).
if (import.meta.main) process.exitCode = main(process.argv.slice(2));
