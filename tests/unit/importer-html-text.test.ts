import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../src/importer/html-text.ts';

const nodes = (html: string) => load(html, null, false).root().contents().toArray();

describe('textLines', () => {
  it('in a web page: each block a paragraph, white space collapsed, <br> a line end', () => {
    expect(textLines(nodes('<h1>A  Title</h1>\n<p>One\n  two <em>three</em>.</p><ul><li>Four</li><li>Five<br>six</li></ul>'), { keepLineBreaks: false })).toEqual([
      'A Title', '', 'One two three.', '', 'Four', '', 'Five', 'six',
    ]);
  });

  it('in scraped text: line ends kept, a block ends a line', () => {
    expect(textLines(nodes('One\ntwo<div>three</div>four\n\nfive'), { keepLineBreaks: true })).toEqual(['One', 'two', 'three', 'four', '', 'five']);
  });

  it('leaves out scripts, styles, forms and what `skip` says', () => {
    const html = '<p>Kept.</p><script>window.dataLayer = [];</script><style>p { color: red }</style><form><label>Search</label></form><nav class="x">Menu</nav>';
    expect(textLines(nodes(html), { keepLineBreaks: false, skip: (element) => element.name === 'nav' })).toEqual(['Kept.']);
  });
});
