import { describe, expect, it } from 'vitest';
import { anchorParagraphs, paragraphId } from '../../src/lib/paragraph-anchors.ts';

const link = (n: number) => `<a class="para-link" id="p${n}" href="#p${n}" aria-label="Link to paragraph ${n}" data-pagefind-ignore>¶<span class="para-number">${n}</span></a>`;

describe('anchorParagraphs', () => {
  it('numbers the paragraphs in document order and puts a named self-link with the id after each, outside its text', () => {
    expect(anchorParagraphs('<p>First <em>words</em>.</p>\n<p>Second <a href="/agencies/fbi/">FBI</a>.</p>')).toBe(
      `<div class="para"><p>First <em>words</em>.</p>${link(1)}</div>\n<div class="para"><p>Second <a href="/agencies/fbi/">FBI</a>.</p>${link(2)}</div>`,
    );
  });

  it('leaves paragraphs inside other blocks alone, and what is between paragraphs as it is', () => {
    const html = anchorParagraphs('<blockquote><p>Quoted.</p></blockquote><ul><li><p>Listed.</p></li></ul><hr><p class="x" title="a > b">Own.<br>Line.</p>');
    expect(html).toBe(`<blockquote><p>Quoted.</p></blockquote><ul><li><p>Listed.</p></li></ul><hr><div class="para"><p class="x" title="a > b">Own.<br>Line.</p>${link(1)}</div>`);
  });

  it('starts again at p1 in each text, and leaves a text without paragraphs unchanged', () => {
    expect(anchorParagraphs('<p>Again.</p>')).toBe(`<div class="para"><p>Again.</p>${link(1)}</div>`);
    expect(anchorParagraphs('<ul><li>Only a list.</li></ul>')).toBe('<ul><li>Only a list.</li></ul>');
  });

  it('does not take a tag that starts with p for a paragraph', () => {
    expect(anchorParagraphs('<pre>code</pre><picture><img src="x.png"></picture>')).toBe('<pre>code</pre><picture><img src="x.png"></picture>');
  });

  it('ids are "p" and the number', () => {
    expect(paragraphId(12)).toBe('p12');
  });
});
