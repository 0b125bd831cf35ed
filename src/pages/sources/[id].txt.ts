/**
 * `/sources/<release id>.txt`: the raw file a release was imported from, as plain text (README, "Permanent URLs").
 * Every raw file is served under a `.txt` name, so that every host sends it as text/plain and a saved web page is
 * shown as its source, never run; the `_headers` rule for /sources/* adds a sandboxing Content-Security-Policy.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readFileSync } from 'node:fs';
import { getArchive } from '../../lib/archive.ts';
import { sourceFilePath } from '../../lib/source-files.ts';
import { textAsUtf8 } from '../../lib/text-encoding.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.releases.values()].map((release) => ({
    params: { id: release.id },
    props: { file: sourceFilePath(release.filePath!, release.data.source.path) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(textAsUtf8(readFileSync(props.file)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
