import { describe, expect, it } from 'vitest';
import { readTextScrape } from '../../src/importer/text-scrape.ts';

describe('readTextScrape', () => {
  it('removes the tail of a tag a scrape starts with, and says so', () => {
    const { lines, removed } = readTextScrape('class="article-meta doctype-meta">Media Note\nOn March 11-12, 2024, …');
    expect(lines).toEqual(['Media Note', 'On March 11-12, 2024, …']);
    expect(removed).toEqual([`a fragment of the page's HTML at its start (class="article-meta doctype-meta">)`]);
  });

  it('removes it with any tag before it on its line, on any line', () => {
    const { lines, removed } = readTextScrape('A first line\n<div class="summary">class="article-meta doctype-meta">Joint Statement\nTitle');
    expect(lines).toEqual(['A first line', 'Joint Statement', 'Title']);
    expect(removed).toEqual([`a fragment of the page's HTML at line 2 (<div class="summary">class="article-meta doctype-meta">)`]);
  });

  it('removes real tags (a <br> or <div> ends a line), decodes entities, keeps the words', () => {
    const { lines, removed } = readTextScrape('<div class="x">One&nbsp;<b>bold</b> &amp; two.<br>Three &lt;four&gt;</div>');
    expect(lines).toEqual(['One\u00a0bold & two.', 'Three <four>']);
    expect(removed).toEqual(['HTML tags (<div>, <b>, <br>)', 'HTML entities, replaced by the characters they stand for (&nbsp;, &amp;, &lt;, &gt;)']);
  });

  it('keeps text in angle brackets that is no tag, as written', () => {
    const text = 'Write to <press@state.gov> or the <Press Office>; <<Begin text>>; <Section 5>; 2 < 3 > 1; AT&T and R&D.';
    expect(readTextScrape(text)).toEqual({ lines: [text], removed: [] });
  });

  it('leaves unknown entities as written, and removes comments', () => {
    expect(readTextScrape('a &bogus; b <!-- note --> c')).toEqual({ lines: ['a &bogus; b c'], removed: ['HTML comments'] });
    expect(readTextScrape('an unclosed <!-- stays').lines).toEqual(['an unclosed <!-- stays']);
  });

  it('keeps line ends and blank lines between paragraphs; scripts are no text', () => {
    expect(readTextScrape('Title\n\nFirst.\nSecond.<script>var x = 1;</script>\n\n\n\nThird.').lines).toEqual(['Title', '', 'First.', 'Second.', '', 'Third.']);
  });
});
