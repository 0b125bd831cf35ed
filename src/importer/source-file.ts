/**
 * The raw file a release was imported from, kept unchanged in the content folder (`sources/<release id>.<ext>`)
 * so that the text can always be checked against it: its original name, its SHA-256 (which the build checks), and
 * a description of how the text was taken from it.
 */
import { extname } from 'node:path';
import { sha256 } from '../lib/source-files.ts';
import { TEXT_ENCODINGS, type DecodedText } from '../lib/text-encoding.ts';
import type { ReleaseFrontmatter } from '../schemas/release.ts';
import type { InputFormat } from './input-format.ts';
import type { ReleaseHeader } from './release-header.ts';
import { stage, type Stage } from './stage.ts';

export type SourceFields = ReleaseFrontmatter['source'];

export interface StoredSource {
  fields: SourceFields;
  /** The bytes to store at `fields.path` inside the content folder: the file as it was given. */
  bytes: Uint8Array;
}

export interface SourceFacts {
  fileName: string;
  bytes: Uint8Array;
  decoded: Omit<DecodedText, 'text'>;
  format: InputFormat;
  /** What was removed from the text, in the order met. */
  removed: ReadonlyArray<string>;
  /** The "Begin text:"/"End text" markers left out. */
  markers: ReadonlyArray<string>;
  header: ReleaseHeader;
}

/** The path, inside the content folder, where a release's raw file is kept: named after the release, its extension kept. */
export function storedSourcePath(releaseId: string, fileName: string): string {
  const extension = extname(fileName).toLowerCase();
  return `sources/${releaseId}${/^\.[a-z0-9]{1,8}$/.test(extension) ? extension : '.txt'}`;
}

function joinWithAnd(items: ReadonlyArray<string>): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How the text was taken from the file, in plain words, for the release page's "Where the text comes from". */
export function describeSource(facts: SourceFacts): string {
  const { decoded, format, removed, markers, header } = facts;
  const missing = [!header.title && 'no title', !header.office && 'no issuing office', !header.dateline && 'no dateline', !header.issued && 'no date of issue'].filter(Boolean) as string[];
  const encoding =
    decoded.encoding === 'utf-8' && !decoded.byteOrderMark ? '' : `The file is ${TEXT_ENCODINGS[decoded.encoding]} text${decoded.byteOrderMark ? ' with a byte-order mark' : ''}.`;
  return [
    format === 'html' ? 'A web page of the release saved from a browser; the text is its article, read with an HTML parser.' : 'Text of the release as scraped from its web page to plain text.',
    encoding,
    removed.length > 0 ? `Removed as scraping debris: ${removed.join('; ')}.` : 'No scraping debris was found.',
    markers.length > 0 ? `The markers ${markers.map((marker) => `"${marker}"`).join(' and ')} around the text were left out.` : '',
    missing.length > 0 ? `The ${format === 'html' ? 'saved page' : 'scraped text'} carries ${joinWithAnd(missing)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The source fields of a release `releaseId` and the bytes to keep. */
export function keepSource(releaseId: string, facts: SourceFacts): Stage<StoredSource> {
  const fields: SourceFields = { file: facts.fileName, path: storedSourcePath(releaseId, facts.fileName), sha256: sha256(facts.bytes), description: describeSource(facts) };
  return stage({ fields, bytes: facts.bytes }, { read: [`Raw file: ${facts.fileName} (${facts.bytes.length} bytes, SHA-256 ${fields.sha256}), kept as ${fields.path}.`] });
}
