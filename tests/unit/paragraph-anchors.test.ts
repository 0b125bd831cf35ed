import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { paragraphAnchors, paragraphId } from '../../src/lib/paragraph-anchors.ts';

/** Markdown rendered by Sätteri (the site's processor) with the plugin, as a release body is. */
async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [paragraphAnchors()] });
  return html;
}

describe('paragraphAnchors', () => {
  it('numbers the paragraphs in document order and puts a named self-link with the id after each, outside its text', async () => {
    const html = await render('First *words*.\n\nSecond words.\n');
    expect(html.replace(/\n/g, '')).toBe(
      '<div class="para"><p>First <em>words</em>.</p><a class="para-link" id="p1" href="#p1" aria-label="Link to paragraph 1" data-pagefind-ignore="">¶</a></div>' +
        '<div class="para"><p>Second words.</p><a class="para-link" id="p2" href="#p2" aria-label="Link to paragraph 2" data-pagefind-ignore="">¶</a></div>',
    );
  });

  it('leaves paragraphs inside other blocks alone, and starts again at p1 in each document', async () => {
    const html = await render('> Quoted.\n\nOwn.\n');
    expect(html).toContain('<blockquote>');
    expect(html.match(/class="para"/g)).toHaveLength(1);
    expect(html).toContain('<p>Own.</p><a class="para-link" id="p1"');
    expect(await render('Again.\n')).toContain('id="p1"');
  });

  it('ids are "p" and the number', () => {
    expect(paragraphId(12)).toBe('p12');
  });
});
