/**
 * Turning the raw file of a press release into the MDX file of a release: the pure core of the importer, a list of
 * stages (read bytes → decode → recognise the format → extract the article → split header from body → read the
 * facts → resolve names against the registries → write MDX and the source file). It never touches the disk.
 */
import { releaseSlug } from '../lib/slugs.ts';
import type { DocumentType } from '../schemas/release.ts';
import type { CitedSource } from '../schemas/source.ts';
import { extractArticle } from './article-text.ts';
import type { ContentRegistry } from './content-registry.ts';
import { mergeCuratedFields } from './curated-fields.ts';
import { decodeInput, releaseText } from './decode-input.ts';
import { refuseDuplicate } from './duplicate-release.ts';
import type { ExistingRelease } from './existing-releases.ts';
import { decideHeader } from './header-fields.ts';
import { recogniseFormat } from './input-format.ts';
import { readFacts } from './release-facts.ts';
import { splitRelease } from './release-header.ts';
import { releaseMdx } from './release-mdx.ts';
import { chooseTopics } from './release-topics.ts';
import type { RegistryAdditions } from './registry-additions.ts';
import { resolveDelegations, resolveDialogues } from './resolve-names.ts';
import { keepSource, type StoredSource } from './source-file.ts';
import { collectStages, type Notes } from './stage.ts';

export { ImportError } from './import-error.ts';

/** A raw file as given: its name and its bytes. */
export interface RawFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** The title, for a release whose text has none (or to replace the one it has). */
  title?: string;
  /** Where the title comes from when the text does not carry it. */
  titleSource?: Partial<CitedSource> & { url: string };
  /** The document type, for a release whose header does not give it. */
  documentType?: DocumentType;
  /** Topics confirmed by a person, instead of the suggested ones. */
  topics?: string[];
  /** Import a release whose subject names another partner than France. */
  anyPartner?: boolean;
  /** Over an existing file of the same release, replace its curated fields instead of keeping them. */
  replaceCurated?: boolean;
}

export interface ImportedRelease {
  slug: string;
  mdx: string;
  /** The raw file to keep, and the fields that record it. */
  source: StoredSource;
  /** The release file of the same id already in the archive, which writing would replace. */
  existing?: ExistingRelease;
  /** What was read, what was decided, and what a person must check. */
  notes: Notes;
  /** Registry entries the release needs that the registries lack. */
  additions: RegistryAdditions;
}

/**
 * Imports one raw release against the registries. Throws ImportError for a file that is not the text of a
 * U.S.–France release, that has no text, no date, no title (without `options.title`), that repeats a release of
 * the archive, or whose facts contradict the registry.
 */
export function importRelease(input: RawFile, registry: ContentRegistry, options: ImportOptions = {}): ImportedRelease {
  const { fileName } = input;
  const decoded = decodeInput(input);
  const format = recogniseFormat(decoded.value.text, fileName);
  const article = extractArticle(decoded.value.text, format.value);
  const split = splitRelease(article.value.lines, { marked: article.value.title, given: options.title });
  const { header, paragraphs, markers } = split.value;
  const text = releaseText(paragraphs, header.title ?? article.value.title, fileName);
  const facts = readFacts(text, registry, { fileName, title: options.title ?? article.value.title ?? header.title, issued: header.issued, anyPartner: options.anyPartner ?? false });
  const fields = decideHeader(header, { ...options, markedTitle: article.value.title }, fileName);
  const slug = releaseSlug(fields.value.issued, fields.value.title);
  const existing = refuseDuplicate(text, slug, registry.releases, fileName);
  const dialogue = resolveDialogues(facts.value.reported, facts.value.earlier, registry, slug, fileName);
  const delegations = resolveDelegations(facts.value.delegations, registry, fileName);
  const topics = chooseTopics(registry.topics, text, options.topics, fileName);
  const source = keepSource(slug, { ...input, decoded: decoded.value, format: format.value, removed: article.value.removed, markers, header });
  const { title, titleSource, documentType, office, dateline, issued } = fields.value;
  const imported = { title, ...(titleSource ? { titleSource } : {}), documentType, office, dateline, issued, dialogue: dialogue.value, delegations: delegations.value.delegations, topics: topics.value, source: source.value.fields };
  const frontmatter = mergeCuratedFields(imported, existing.value, options.replaceCurated ?? false, { topics: registry.topics, text });
  const mdx = releaseMdx(frontmatter.value, paragraphs, delegations.value.mentions);
  const { notes, additions } = collectStages([decoded, format, article, split, source, facts, fields, existing, dialogue, delegations, topics, frontmatter]);
  return { slug, mdx, source: source.value, ...(existing.value ? { existing: existing.value } : {}), notes, additions };
}
