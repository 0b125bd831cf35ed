/** What kind of file a release came in: a web page saved from a browser, or text scraped from one. */
import { extname } from 'node:path';
import { stage, type Stage } from './stage.ts';

export type InputFormat = 'html' | 'text';

const INPUT_FORMATS: Record<InputFormat, string> = {
  html: 'a saved web page (an HTML document)',
  text: 'plain text scraped from a web page',
};

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
// An HTML document starts, after white space and comments, with its doctype or its <html> element;
// a scrape that lost those still has a <head> or <body> element near its start.
const DOCUMENT_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;
const DOCUMENT_PARTS = /<head[\s>][\s\S]*<\/head>|<body[\s>]/i;

/** A file named .html/.htm is a web page; so is a .txt file whose text is an HTML document. */
export function recogniseFormat(text: string, fileName: string): Stage<InputFormat> {
  const byName = HTML_EXTENSIONS.has(extname(fileName).toLowerCase());
  const byContent = DOCUMENT_START.test(text) || DOCUMENT_PARTS.test(text.slice(0, 4000));
  const format: InputFormat = byName || byContent ? 'html' : 'text';
  const why = format === 'html' && !byName ? ' (its text is an HTML document, whatever its name)' : '';
  return stage(format, { read: [`Format: ${INPUT_FORMATS[format]}${why}.`] });
}
