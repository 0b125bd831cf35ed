/**
 * The content folder the build reads: `content/`, or the fixture folder that tests and the benchmark name in
 * ARCHIVE_CONTENT_DIR. One setting for the collections (src/content.config.ts) and the raw files' integration.
 */
export function contentFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARCHIVE_CONTENT_DIR ?? './content';
}
