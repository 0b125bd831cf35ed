/** The MDX file of a release: its frontmatter, then its paragraphs, each escaped, with its mentions wrapped. */
import { parse as parseYaml } from 'yaml';
import { plainReference } from '../schemas/reference.ts';
import { releaseSchema, type ReleaseFrontmatter } from '../schemas/release.ts';
import { paragraphToMdx, type MentionSpan } from './mdx-text.ts';
import { writeReleaseFrontmatter } from './release-frontmatter.ts';

/** The text the facts were read from: the paragraphs, a blank line between each. Mention offsets point into it. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The release file. `mentions` are offsets into the paragraphs joined by PARAGRAPH_SEPARATOR.
 * Throws if the frontmatter does not pass the site's release schema: that would be a bug in the importer.
 */
export function releaseMdx(frontmatter: ReleaseFrontmatter, paragraphs: ReadonlyArray<string>, mentions: ReadonlyArray<MentionSpan>): string {
  let offset = 0;
  const body = paragraphs.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
    const local = mentions
      .filter((span) => span.start >= start && span.end <= start + paragraph.length)
      .map((span) => ({ ...span, start: span.start - start, end: span.end - start }));
    return paragraphToMdx(paragraph, local);
  });
  const written = writeReleaseFrontmatter(frontmatter);
  const result = releaseSchema(plainReference).safeParse(parseYaml(written.slice(4, -4)));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The importer wrote a frontmatter that the release schema rejects: ${issues}`);
  }
  return `${written}\n${body.join(PARAGRAPH_SEPARATOR)}\n`;
}
