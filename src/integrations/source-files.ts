/**
 * `/sources/<release id>.txt`: the raw file each release was imported from, as plain text in UTF-8 (README,
 * "Permanent URLs"). Every raw file is served under a `.txt` name, so that every host sends it as text/plain and a
 * saved web page is shown as its source, never run; the `_headers` rule for /sources/* adds a sandboxing policy.
 *
 * Written when the build is done, straight from the content folder, rather than by a route: Astro spends about a
 * millisecond on each route it renders, 5 s of a 5,000-release build for what is a copy. The build has already
 * checked each release's file (its name and SHA-256, src/lib/integrity.ts); a file that belongs to no release
 * stops the build here.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../lib/content-folder.ts';
import { ContentIntegrityError } from '../lib/integrity.ts';
import { sourceFilesToPublish } from '../lib/source-files.ts';
import { textAsUtf8 } from '../lib/text-encoding.ts';

const MDX = /\.mdx$/;

/** The integration; the files are written when the build is done. */
export function sourceFilesPublished(): AstroIntegration {
  return {
    name: 'archive:source-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const content = contentFolder();
        const releaseIds = new Set(readdirSync(join(content, 'releases')).filter((name) => MDX.test(name)).map((name) => name.replace(MDX, '')));
        const { files, problems } = sourceFilesToPublish(readdirSync(join(content, 'sources')), releaseIds);
        if (problems.length > 0) {
          throw new ContentIntegrityError(problems.map((problem) => ({ ...problem, file: join(content, problem.file) })));
        }
        const out = new URL('sources/', dir);
        mkdirSync(out, { recursive: true });
        for (const { file, releaseId } of files) {
          writeFileSync(new URL(`${releaseId}.txt`, out), textAsUtf8(readFileSync(join(content, 'sources', file))));
        }
        logger.info(`${files.length} raw files of releases written to sources/.`);
      },
    },
  };
}
