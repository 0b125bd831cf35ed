import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { feedParagraphsHtml } from '../../src/lib/feed-html.ts';

describe('feedParagraphsHtml', () => {
  it('puts each paragraph in a <p>, its text escaped so that HTML reads it back word for word', () => {
    const paragraphs = ['The U.S. & France <agreed> to “meet” again; 5 > 3.', 'Second paragraph, with a <script>alert(1)</script> tag in its text.'];
    const html = feedParagraphsHtml(paragraphs);
    const $ = load(html);
    expect($('p').map((_, p) => $(p).text()).get()).toEqual(paragraphs);
    expect($('script')).toHaveLength(0);
    expect(html).toBe('<p>The U.S. &amp; France &lt;agreed&gt; to “meet” again; 5 &gt; 3.</p><p>Second paragraph, with a &lt;script&gt;alert(1)&lt;/script&gt; tag in its text.</p>');
  });

  it('gives nothing for no paragraph', () => {
    expect(feedParagraphsHtml([])).toBe('');
  });
});
