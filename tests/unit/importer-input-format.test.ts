import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../src/importer/input-format.ts';

describe('recogniseFormat', () => {
  it.each([
    ['a .html file', '<p>x</p>', 'release.html', 'html'],
    ['a .htm file', 'x', 'RELEASE.HTM', 'html'],
    ['a .txt file holding an HTML document', '\n<!DOCTYPE html>\n<html><body>x</body></html>', 'release.txt', 'html'],
    ['a .txt file holding a document after a comment', '<!-- saved -->\n<html lang="en"><body>x</body></html>', 'release.txt', 'html'],
    ['a .txt file that lost its doctype', 'junk <head><title>x</title></head><body>y', 'release.txt', 'html'],
    ['scraped text with inline tags', 'class="x">Media Note\n<div>Text</div> and <b>more</b>', 'release.txt', 'text'],
    ['scraped text', 'Media Note\nOn March 11-12, 2024, …', 'release.txt', 'text'],
  ])('%s', (_what, text, name, format) => {
    expect(recogniseFormat(text, name).value).toBe(format);
  });

  it('says what it read, and why when the name says otherwise', () => {
    expect(recogniseFormat('<!DOCTYPE html><html></html>', 'a.txt').notes.read).toEqual(['Format: a saved web page (an HTML document) (its text is an HTML document, whatever its name).']);
  });
});
