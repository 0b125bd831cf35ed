import { describe, expect, it } from 'vitest';
import { paragraphId, paragraphLink, paragraphSegments } from '../../src/lib/paragraph-anchors.ts';

describe('paragraphSegments', () => {
  it('numbers the top-level paragraphs in document order and keeps what is between them', () => {
    expect(paragraphSegments('<p>First <em>words</em>.</p>\n<p>Second <a href="/agencies/fbi/">FBI</a>.</p>')).toEqual([
      { html: '<p>First <em>words</em>.</p>', paragraph: 1 },
      { html: '\n' },
      { html: '<p>Second <a href="/agencies/fbi/">FBI</a>.</p>', paragraph: 2 },
    ]);
  });

  it('leaves paragraphs inside other blocks alone, and what is between paragraphs as it is', () => {
    const html = '<blockquote><p>Quoted.</p></blockquote><ul><li><p>Listed.</p></li></ul><hr><p class="x" title="a > b">Own.<br>Line.</p>';
    expect(paragraphSegments(html)).toEqual([
      { html: '<blockquote><p>Quoted.</p></blockquote><ul><li><p>Listed.</p></li></ul><hr>' },
      { html: '<p class="x" title="a > b">Own.<br>Line.</p>', paragraph: 1 },
    ]);
  });

  it('gives the fragment back whole when joined, and a text without paragraphs as one piece', () => {
    const html = '<p>One.</p> <div><p>In a div.</p></div><p>Two.</p>';
    expect(paragraphSegments(html).map((segment) => segment.html).join('')).toBe(html);
    expect(paragraphSegments('<ul><li>Only a list.</li></ul>')).toEqual([{ html: '<ul><li>Only a list.</li></ul>' }]);
    expect(paragraphSegments('')).toEqual([]);
  });

  it('does not take a tag that starts with p for a paragraph', () => {
    expect(paragraphSegments('<pre>code</pre><picture><img src="x.png"></picture>')).toEqual([{ html: '<pre>code</pre><picture><img src="x.png"></picture>' }]);
  });
});

describe('paragraphLink', () => {
  it('is a named self-link carrying the id, kept out of the search index', () => {
    expect(paragraphLink(2)).toBe('<a class="para-link" id="p2" href="#p2" aria-label="Link to paragraph 2" data-pagefind-ignore>¶<span class="para-number">2</span></a>');
  });

  it('ids are "p" and the number', () => {
    expect(paragraphId(12)).toBe('p12');
  });
});
