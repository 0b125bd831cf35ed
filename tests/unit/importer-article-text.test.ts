import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/importer/article-text.ts';

describe('extractArticle', () => {
  it('scraped text: lines without debris, and what was removed', () => {
    const { value, notes } = extractArticle('Press Releases: A Title\n\n<b>Text</b>.\n\nThe Office of Website Management, Bureau of Public Affairs, manages this site', 'text');
    expect(value).toEqual({ lines: ['A Title', '', 'Text.'], removed: ['HTML tags (<b>)', 'the "Press Releases: " prefix of the title', 'the website footer paragraph ("The Office of Website Management, Bureau of Public Affairs, manages this site…")'] });
    expect(notes.read).toEqual([`Removed: ${value.removed.join('; ')}.`]);
  });

  it('a saved page: the article, and the title the page marks, without the old "Press Releases: " prefix', () => {
    const { value, notes } = extractArticle('<html><body><main><h1>Press Releases: A Title</h1><p>Text of it.</p></main></body></html>', 'html');
    expect(value).toEqual({ lines: ['A Title', '', 'Text of it.'], title: 'A Title', removed: ['the "Press Releases: " prefix of the title'] });
    expect(notes.read).toContain('Title read from the article heading (h1): "A Title".');
  });
});
