/**
 * The YAML frontmatter of a release file, written through the `yaml` package's Document API in the layout of the
 * committed releases: block mappings, one flow mapping per delegation agency, the date of issue in double quotes,
 * the source description folded at 120 columns, and every string quoted wherever YAML 1.1 or 1.2 would read it as
 * something else (Astro reads frontmatter as YAML 1.1).
 */
import { Document, Scalar, type Node, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';
import { stringifyString } from 'yaml/util';
import type { ReleaseFrontmatter } from '../schemas/release.ts';

export type { ReleaseFrontmatter };

/** A text written as a folded block scalar (`>-`), wrapped at FOLD_WIDTH columns; every other string stays on its line. */
class FoldedText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const FOLD_WIDTH = 120;
const foldedTextTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  identify: (value) => value instanceof FoldedText,
  resolve: (text) => text,
  stringify: (item, context, onComment, onChompKeep) =>
    stringifyString(
      Object.assign(new Scalar((item.value as FoldedText).text), { type: Scalar.BLOCK_FOLDED }),
      { ...context, options: { ...context.options, lineWidth: FOLD_WIDTH } },
      onComment,
      onChompKeep,
    ),
};

/** The fields in the order the committed files list them, with the source description to fold. */
function ordered(fields: ReleaseFrontmatter): Record<string, unknown> {
  const { title, titleSource, documentType, office, dateline, issued, dialogue, delegations, topics, source } = fields;
  const { file, path, sha256, description, links } = source;
  return {
    title,
    ...(titleSource ? { titleSource } : {}),
    documentType,
    office,
    dateline,
    issued,
    dialogue,
    delegations,
    topics,
    source: { file, path, sha256, ...(links && links.length > 0 ? { links } : {}), description: new FoldedText(description) },
  };
}

/** The frontmatter block, from the opening `---` to the closing `---` and its newline. */
export function writeReleaseFrontmatter(fields: ReleaseFrontmatter): string {
  const doc = new Document(ordered(fields), { customTags: [foldedTextTag], compat: 'yaml-1.1' });
  // A date is always quoted, so that no YAML reader turns it into a timestamp.
  const issued = doc.get('issued', true) as Scalar;
  if (issued.value !== 'unknown') issued.type = Scalar.QUOTE_DOUBLE;
  const delegations = doc.get('delegations', true) as YAMLMap<Node, YAMLMap>;
  if (delegations.items.length === 0) delegations.flow = true;
  for (const side of delegations.items) {
    const agencies = side.value?.get('agencies', true) as YAMLSeq<YAMLMap> | undefined;
    for (const agency of agencies?.items ?? []) agency.flow = true;
  }
  return `---\n${doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: true })}---\n`;
}
