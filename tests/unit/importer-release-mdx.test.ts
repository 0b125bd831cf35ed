import { describe, expect, it } from 'vitest';
import { PARAGRAPH_SEPARATOR, releaseMdx } from '../../src/importer/release-mdx.ts';
import type { ReleaseFrontmatter } from '../../src/schemas/release.ts';

const FIELDS: ReleaseFrontmatter = {
  title: 'A Title', documentType: 'media-note', office: 'unknown', dateline: 'unknown', issued: 'unknown', dialogue: 'sixth',
  delegations: {}, topics: ['cybercrime'], source: { file: 'a.txt', path: 'sources/a.txt', sha256: '0'.repeat(64), description: 'Test.' },
};

describe('releaseMdx', () => {
  it('writes the frontmatter, then each paragraph with its mentions (offsets into the joined paragraphs)', () => {
    const paragraphs = ['First {one}.', 'Led by Ann Lee of the NSC.'];
    const second = paragraphs[0]!.length + PARAGRAPH_SEPARATOR.length;
    const mdx = releaseMdx(FIELDS, paragraphs, [{ start: second + 7, end: second + 14, component: 'Person', id: 'ann-lee' }, { start: second + 22, end: second + 25, component: 'Agency', id: 'nsc' }]);
    expect(mdx).toMatch(/^---\ntitle: A Title\n[\s\S]*\n---\n\nFirst \\{one\\}\.\n\nLed by <Person id="ann-lee">Ann Lee<\/Person> of the <Agency id="nsc">NSC<\/Agency>\.\n$/);
  });

  it('refuses to write a frontmatter the release schema rejects (a bug in the importer)', () => {
    expect(() => releaseMdx({ ...FIELDS, issued: '2018-02-30' }, ['Text.'], [])).toThrow(/the release schema rejects: issued/);
  });
});
