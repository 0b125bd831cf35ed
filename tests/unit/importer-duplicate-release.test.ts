import { describe, expect, it } from 'vitest';
import { refuseDuplicate } from '../../src/importer/duplicate-release.ts';
import { textFingerprint } from '../../src/importer/existing-releases.ts';
import { ImportError } from '../../src/importer/import-error.ts';

const existing = { id: 'old-slug', file: 'content/releases/old-slug.mdx', frontmatter: {} as never, fingerprint: textFingerprint('The text of a release.') };

describe('refuseDuplicate', () => {
  it('refuses the same text under another slug, naming the file', () => {
    expect(() => refuseDuplicate('the text, of a release', 'new-slug', [existing], 'in.txt')).toThrow(ImportError);
    expect(() => refuseDuplicate('the text, of a release', 'new-slug', [existing], 'in.txt')).toThrow(/in\.txt is a duplicate: its text is that of content\/releases\/old-slug\.mdx/);
  });

  it('gives the release of the same slug, which writing would replace, and says so', () => {
    const result = refuseDuplicate('Another text.', 'old-slug', [existing], 'in.txt');
    expect(result.value).toBe(existing);
    expect(result.notes.check).toEqual(['content/releases/old-slug.mdx already exists (with a different text); writing it needs --force.']);
  });

  it('gives nothing for a new release', () => {
    expect(refuseDuplicate('Another text.', 'new-slug', [existing], 'in.txt').value).toBeUndefined();
  });
});
