/**
 * `npm run import -- path/to/release.txt [options]`: imports a raw scraped press release as
 * content/releases/<slug>.mdx. Thin: it reads the file and the registries, calls importRelease, and writes.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/release.ts';
import { loadContentRegistry, RegistryError } from './content-registry.ts';
import { decodeReleaseBytes, ImportError, importRelease } from './import-release.ts';
import { additionsByFile, hasAdditions } from './registry-additions.ts';

const USAGE = `Usage: npm run import -- FILE [options]

Imports a press release scraped as plain text into content/releases/<slug>.mdx.

Options:
  --dry-run                  print the MDX and what was found; write nothing
  --force                    replace an existing release file with the same slug
  --out DIR                  write the release into DIR (default: <content>/releases)
  --content DIR              the content folder with the registries (default: content)
  --add-unknown              add unknown agencies, people and dialogues to the registries, marked needsReview
  --title TEXT               the title, for a release whose text has none
  --title-source-url URL     where that title comes from (cited on the release page)
  --title-source-title TEXT  the name of that source
  --document-type TYPE       for a release whose header has none: ${Object.keys(DOCUMENT_TYPES).join(', ')}
  --topics a,b,c             the confirmed topics, instead of the suggested ones
  --help                     show this help`;

/** Exit codes: 0 imported, 1 the release cannot be imported as it is, 2 the command was used wrongly. */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        out: { type: 'string' },
        content: { type: 'string' },
        'add-unknown': { type: 'boolean' },
        title: { type: 'string' },
        'title-source-url': { type: 'string' },
        'title-source-title': { type: 'string' },
        'document-type': { type: 'string' },
        topics: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
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
  const documentType = values['document-type'];
  if (documentType !== undefined && !(documentType in DOCUMENT_TYPES)) {
    console.error(`--document-type: expected one of ${Object.keys(DOCUMENT_TYPES).join(', ')}; got "${documentType}".`);
    return 2;
  }
  if (values['title-source-title'] && !values['title-source-url']) {
    console.error('--title-source-title needs --title-source-url: a cited source needs its address.');
    return 2;
  }

  const file = resolve(positionals[0]!);
  const contentDir = resolve(values.content ?? 'content');
  const outDir = resolve(values.out ?? join(contentDir, 'releases'));
  const fileName = basename(file);
  if (!existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 2;
  }

  try {
    const registry = loadContentRegistry(contentDir);
    const raw = decodeReleaseBytes(readFileSync(file), fileName);
    const result = importRelease(raw, registry, {
      fileName,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values['title-source-url'] ? { titleSource: { url: values['title-source-url'], ...(values['title-source-title'] ? { title: values['title-source-title'] } : {}) } } : {}),
      ...(documentType ? { documentType: documentType as DocumentType } : {}),
      ...(values.topics !== undefined ? { topics: values.topics.split(',').map((topic) => topic.trim()).filter(Boolean) } : {}),
    });

    console.log(`Found in ${fileName}:`);
    for (const line of result.found) console.log(`  ${line}`);
    if (result.toConfirm.length > 0) {
      console.log('To confirm or decide:');
      for (const line of result.toConfirm) console.log(`  ${line}`);
    }

    if (hasAdditions(result.additions) && !values['add-unknown']) {
      console.error(`\n${fileName} names entries that the registries in ${contentDir} do not have. Nothing was written.`);
      console.error('Add these lines (and check them), or run again with --add-unknown to add them marked needsReview:');
      for (const { file: registryFile, yaml } of additionsByFile(result.additions)) console.error(`\n# ${join(contentDir, registryFile)}\n${yaml}`);
      return 1;
    }

    const target = join(outDir, `${result.slug}.mdx`);
    if (existsSync(target) && !values.force && !values['dry-run']) {
      console.error(`\n${target} already exists. Nothing was written. Run again with --force to replace it.`);
      return 1;
    }
    if (values['dry-run']) {
      console.log(`\nWould write ${target}${hasAdditions(result.additions) ? ' and add to the registries' : ''}:\n`);
      process.stdout.write(result.mdx);
      return 0;
    }
    for (const { file: registryFile, yaml } of additionsByFile(result.additions)) {
      appendFileSync(join(contentDir, registryFile), `\n# Added by the importer from ${fileName}; needs review.\n${yaml}\n`);
      console.log(`Added to ${join(contentDir, registryFile)} (needsReview):\n${yaml}`);
    }
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, result.mdx);
    console.log(`\nWrote ${target}`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError || error instanceof RegistryError) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
