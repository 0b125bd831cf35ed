import { describe, expect, it } from 'vitest';
import { escapeMdxText, paragraphToMdx, unescapeMdxText } from '../../src/importer/mdx-text.ts';

describe('MDX text', () => {
  it('escapes what MDX and Markdown read as syntax, and keeps the words', () => {
    expect(escapeMdxText('a {b} <c> & d_e *f* [g]')).toBe('a \\{b\\} \\<c\\> \\& d\\_e \\*f\\* \\[g\\]');
    expect(escapeMdxText('# not a heading')).toBe('\\# not a heading');
    expect(escapeMdxText('2018. A year')).toBe('2018\\. A year');
    expect(escapeMdxText('import x from "y"')).toBe('&#105;mport x from "y"');
  });

  it('reads back as the text it escaped', () => {
    for (const text of ['a {b} <c> & d_e *f* [g] `h` ~i~ \\j', '# x', '- y', '+ z', '= w', '1. v', '2) u', 'import a', 'export b']) {
      expect(unescapeMdxText(escapeMdxText(text))).toBe(text);
    }
  });

  it('wraps mentions around the words as written, and refuses overlapping ones', () => {
    expect(paragraphToMdx('the Departments of Defense and State.', [{ start: 19, end: 26, component: 'Agency', id: 'dod' }, { start: 31, end: 36, component: 'Agency', id: 'state' }])).toBe(
      'the Departments of <Agency id="dod">Defense</Agency> and <Agency id="state">State</Agency>.',
    );
    expect(() => paragraphToMdx('abcdef', [{ start: 0, end: 4, component: 'Agency', id: 'a' }, { start: 2, end: 5, component: 'Agency', id: 'b' }])).toThrow(/overlap/);
  });
});
