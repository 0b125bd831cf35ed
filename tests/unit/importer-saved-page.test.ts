import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../src/importer/saved-page.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('readSavedPage', () => {
  it('reads the article: its heading, header lines and paragraphs, without the site around it', () => {
    const html = page(
      '<title>A Title - United States Department of State</title><script>window.dataLayer = [];</script><style>p{}</style>',
      `<header><a href="/">Logo</a><nav><a href="/">Home</a></nav></header>
       <main><article><header><p>Media Note</p><h1>A Title</h1><p>Office of the Spokesperson</p><p>March 13, 2024</p></header>
       <div class="share-tools"><a href="#">Share</a></div>
       <p>First paragraph of the text.</p><p>Second &amp; last.</p>
       <ul class="menu"><li><a href="/tag/x">France</a></li></ul></article>
       <aside><h2>Related</h2></aside></main><footer>Site footer</footer>`,
    );
    expect(readSavedPage(html)).toEqual({
      title: 'A Title',
      titleFrom: 'the article heading (h1)',
      lines: ['Media Note', '', 'A Title', '', 'Office of the Spokesperson', '', 'March 13, 2024', '', 'First paragraph of the text.', '', 'Second & last.'],
      removed: ['its scripts and styles', "the site's navigation, share buttons, related links and footer"],
    });
  });

  it('takes the title from og:title, then <title>, without the site name', () => {
    const body = '<main><p>Text of the release, long enough to be the article.</p></main>';
    expect(readSavedPage(page('<meta property="og:title" content="A Title | U.S. Department of State"><title>Other</title>', body))).toMatchObject({ title: 'A Title', titleFrom: 'og:title' });
    expect(readSavedPage(page('<title>A Title - state.gov</title>', body))).toMatchObject({ title: 'A Title', titleFrom: 'the page title' });
    expect(readSavedPage(page('<meta property="og:site_name" content="Example Archive"><title>A Title – Example Archive</title>', body))).toMatchObject({ title: 'A Title' });
    expect(readSavedPage(page('<title>U.S.-France Dialogue - A Subtitle</title>', body)).title).toBe('U.S.-France Dialogue - A Subtitle');
  });

  it('leaves out the site\'s parts by their elements and roles alone, with no class names to go by', () => {
    const html = page(
      '',
      `<main><h1>T</h1><p>The first paragraph of the release text.</p>
       <aside><p>A sidebar paragraph written as prose, which is not the release.</p></aside>
       <div role="navigation"><p>Words of a menu written out as a sentence here.</p></div>
       <footer><p>A footer sentence about the site and its policies, in prose.</p></footer>
       <div hidden><p>Hidden words a reader never sees.</p></div>
       <p>The last paragraph of the release text, long enough to hold most of the words.</p></main>`,
    );
    expect(readSavedPage(html).lines).toEqual(['T', '', 'The first paragraph of the release text.', '', 'The last paragraph of the release text, long enough to hold most of the words.']);
  });

  it('never leaves out the article itself, whatever its class names', () => {
    const html = page('', '<article class="post tag-france related-post"><h1>T</h1><p>The only paragraph of the text, kept.</p></article>');
    expect(readSavedPage(html).lines).toEqual(['T', '', 'The only paragraph of the text, kept.']);
  });

  it('keeps a paragraph that holds a link among its words, and leaves out a short one that is only links', () => {
    const html = page('', '<main><h1>T</h1><p>See <a href="/x">the statement</a> issued today by both governments.</p><p><a href="/a">Print</a> <a href="/b">Email</a></p></main>');
    expect(readSavedPage(html).lines).toEqual(['T', '', 'See the statement issued today by both governments.']);
  });
});
