/**
 * Reading the bytes of a text file in the encodings press releases arrive in: UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark (Windows "Unicode"), and Windows-1252 (Notepad's "ANSI", Word's plain-text
 * export) when the bytes are not UTF-8. The importer reads raw files with it; the site, to serve them as UTF-8.
 */

/** The encodings a raw file may be in, with how the report and the release page name them. */
export const TEXT_ENCODINGS = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252',
} as const;
export type TextEncoding = keyof typeof TEXT_ENCODINGS;

export interface DecodedText {
  /** The characters, without the byte-order mark. */
  text: string;
  encoding: TextEncoding;
  byteOrderMark: boolean;
}

/** Bytes that are no text in any encoding read here; the message says what is wrong and how to re-save the file. */
export class TextEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextEncodingError';
  }
}

const RESAVE = 'Open it in a text editor and save it as UTF-8 (in Notepad: File › Save as, Encoding "UTF-8"), then import that file.';
const BYTE_ORDER_MARKS: Array<{ bytes: number[]; encoding: TextEncoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];
// C0 and C1 control characters other than tab, line feed, form feed and carriage return: no text has many of them.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** More control characters than this share of a text means the bytes are not text in the encoding they were read in. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The length of the UTF-8 sequence a lead byte starts (0 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where the bytes stop being UTF-8 (-1 if they are), and how many multi-byte characters come before. */
function firstNonUtf8Byte(bytes: Uint8Array): { invalidAt: number; multiByte: number } {
  let multiByte = 0;
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]!);
    if (length === 1) {
      i += 1;
      continue;
    }
    try {
      if (length === 0 || i + length > bytes.length) throw new Error('cut');
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return { invalidAt: i, multiByte };
    }
    multiByte += 1;
    i += length;
  }
  return { invalidAt: -1, multiByte };
}

/**
 * True when most bytes at even (or odd) offsets are zero and few at the others: UTF-16 text of mostly Latin letters
 * whose byte-order mark was lost. Binary files have zeros at both.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0) (i % 2 === 0 ? (evenZeros += 1) : (oddZeros += 1));
  const half = bytes.length / 2;
  const [most, least] = [Math.max(evenZeros, oddZeros) / half, Math.min(evenZeros, oddZeros) / half];
  return half > 0 && most > 0.7 && least < 0.05;
}

function decodeWith(encoding: TextEncoding, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

function refuseControlCharacters(text: string, encoding: TextEncoding): void {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    throw new TextEncodingError(
      `it holds ${controls} control characters when read as ${TEXT_ENCODINGS[encoding]}, so it is not plain text in UTF-8, UTF-16 or Windows-1252 (a PDF, a word-processor file or an image?). Save the release as plain text (UTF-8) and import that file.`,
    );
  }
}

/**
 * The text in a file's bytes, and the encoding it was read in: a byte-order mark decides; else UTF-8 when the bytes
 * are UTF-8; else Windows-1252, unless the bytes mix UTF-8 characters with others, look like UTF-16 without its mark,
 * or hold control characters that no text has. Throws TextEncodingError, whose message says how to re-save the file.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = BYTE_ORDER_MARKS.find(({ bytes: mark }) => startsWith(bytes, mark));
  if (marked) {
    const body = bytes.subarray(marked.bytes.length);
    let text: string;
    try {
      text = decodeWith(marked.encoding, body, true);
    } catch {
      throw new TextEncodingError(`it starts with the byte-order mark of ${TEXT_ENCODINGS[marked.encoding]}, but its bytes are not valid ${TEXT_ENCODINGS[marked.encoding]}. ${RESAVE}`);
    }
    refuseControlCharacters(text, marked.encoding);
    return { text, encoding: marked.encoding, byteOrderMark: true };
  }
  if (bytes.includes(0)) {
    if (looksLikeUtf16(bytes)) {
      throw new TextEncodingError(`it looks like UTF-16 text without a byte-order mark, which cannot be read reliably. ${RESAVE}`);
    }
    throw new TextEncodingError('it contains NUL bytes, so it is not plain text in UTF-8, UTF-16 or Windows-1252 (a PDF, a word-processor file or an image?). Save the release as plain text (UTF-8) and import that file.');
  }
  let utf8: string | undefined;
  try {
    utf8 = decodeWith('utf-8', bytes, true);
  } catch {
    // Not UTF-8: Windows-1252, unless it is UTF-8 with a few foreign bytes pasted in.
  }
  if (utf8 !== undefined) {
    refuseControlCharacters(utf8, 'utf-8');
    return { text: utf8, encoding: 'utf-8', byteOrderMark: false };
  }
  const { invalidAt, multiByte } = firstNonUtf8Byte(bytes);
  if (multiByte > 0) {
    throw new TextEncodingError(
      `it mixes encodings: it has UTF-8 characters, but the byte at offset ${invalidAt} (0x${bytes[invalidAt]!.toString(16).toUpperCase().padStart(2, '0')}) is not UTF-8. Part of it was pasted from a file in another encoding. ${RESAVE}`,
    );
  }
  const text = decodeWith('windows-1252', bytes, false);
  refuseControlCharacters(text, 'windows-1252');
  return { text, encoding: 'windows-1252', byteOrderMark: false };
}

/**
 * A text file's bytes as UTF-8, for serving with `charset=utf-8`: UTF-8 files as they are (byte for byte, so that
 * their SHA-256 can be checked), files in another encoding as the same characters in UTF-8.
 */
export function textAsUtf8(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const { text, encoding } = decodeText(bytes);
  return encoding === 'utf-8' ? bytes : new TextEncoder().encode(text);
}
