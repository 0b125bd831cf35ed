/**
 * The first stage: the raw file's bytes read as text, in the encoding they are in (UTF-8, UTF-16 with a
 * byte-order mark, or Windows-1252), and the last check on the text before its facts are read: that there is one.
 */
import { decodeText, TEXT_ENCODINGS, TextEncodingError, type DecodedText } from '../lib/text-encoding.ts';
import { ImportError } from './import-error.ts';
import { PARAGRAPH_SEPARATOR } from './release-mdx.ts';
import { stage, type Stage } from './stage.ts';

export function decodeInput({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): Stage<DecodedText> {
  if (bytes.length === 0) throw new ImportError(`${fileName} is empty: there is no release text to import.`);
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof TextEncodingError) throw new ImportError(`${fileName} cannot be read as text: ${error.message}`);
    throw error;
  }
  if (decoded.text.trim() === '') throw new ImportError(`${fileName} is empty: there is no release text to import.`);
  const mark = decoded.byteOrderMark ? ', with a byte-order mark' : decoded.encoding === 'windows-1252' ? ' (the bytes are not UTF-8)' : '';
  return stage(decoded, { read: [`Encoding: ${TEXT_ENCODINGS[decoded.encoding]}${mark}.`] });
}

/** The release's text: its paragraphs, a blank line between each; an error if there are none. */
export function releaseText(paragraphs: ReadonlyArray<string>, title: string | undefined, fileName: string): string {
  if (paragraphs.length === 0) {
    throw new ImportError(
      title ? `${fileName} has a title ("${title}") but no text: there is no release body to import.` : `${fileName} has no release text once its scraping debris is removed.`,
    );
  }
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}
