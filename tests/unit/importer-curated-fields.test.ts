import { describe, expect, it } from 'vitest';
import { mergeCuratedFields } from '../../src/importer/curated-fields.ts';
import type { ReleaseFrontmatter } from '../../src/schemas/release.ts';

const topics = [
  { id: 'cybercrime', data: { name: 'Cybercrime', description: 'x', phrases: ['cybercrime'] } },
  { id: 'norms', data: { name: 'Norms', description: 'x', phrases: ['norms'] } },
  { id: 'ai', data: { name: 'AI', description: 'x', phrases: ['artificial intelligence'] } },
];
const TEXT = 'On cybercrime and norms.';
const imported: ReleaseFrontmatter = {
  title: 'T', documentType: 'media-note', office: 'unknown', dateline: 'unknown', issued: 'unknown', dialogue: 'sixth', delegations: {},
  topics: ['cybercrime', 'norms'], source: { file: 'new.txt', path: 'sources/t.txt', sha256: '1'.repeat(64), description: 'D.' },
};
const existingWith = (changes: Partial<ReleaseFrontmatter>) => ({ id: 't', file: 'content/releases/t.mdx', fingerprint: '', frontmatter: { ...imported, ...changes } });
const titleSource = { title: 'Source', url: 'https://example.org/', supports: 'The title.' };

describe('mergeCuratedFields', () => {
  it('keeps nothing when there is no file to replace', () => {
    expect(mergeCuratedFields(imported, undefined, false, { topics, text: TEXT })).toMatchObject({ value: imported, notes: { check: [] } });
  });

  it('keeps a cited title source and confirmed topics, and says so', () => {
    const existing = existingWith({ titleSource, topics: ['norms'], office: 'Office of X' });
    const { value, notes } = mergeCuratedFields(imported, existing, false, { topics, text: TEXT });
    expect(value).toMatchObject({ titleSource, topics: ['norms'], office: 'unknown' });
    expect(notes.check).toEqual([
      'content/releases/t.mdx: the curated titleSource is kept ({"title":"Source","url":"https://example.org/","supports":"The title."}); --replace-curated would replace it with none.',
      'content/releases/t.mdx: the curated topics is kept (["norms"]); --replace-curated would replace it with ["cybercrime","norms"].',
      'content/releases/t.mdx: office is replaced with what the text gives (was "Office of X"; now "unknown").',
    ]);
  });

  it('keeps the confirmed order of the same topics without a word', () => {
    const { value, notes } = mergeCuratedFields(imported, existingWith({ topics: ['norms', 'cybercrime'] }), false, { topics, text: TEXT });
    expect(value.topics).toEqual(['norms', 'cybercrime']);
    expect(notes.check).toEqual([]);
  });

  it('leaves out a confirmed topic the text no longer supports', () => {
    const { value, notes } = mergeCuratedFields(imported, existingWith({ topics: ['ai', 'norms'] }), false, { topics, text: TEXT });
    expect(value.topics).toEqual(['norms']);
    expect(notes.check[0]).toBe('content/releases/t.mdx: the curated topics ai are no longer supported by the text and are left out.');
  });

  it('with replaceCurated: replaces them, naming each', () => {
    const { value, notes } = mergeCuratedFields(imported, existingWith({ titleSource }), true, { topics, text: TEXT });
    expect(value.titleSource).toBeUndefined();
    expect(notes.check).toEqual(['content/releases/t.mdx: --replace-curated replaces the curated titleSource (was {"title":"Source","url":"https://example.org/","supports":"The title."}; now none).']);
  });

  it('keeps the original name of the same raw file imported again', () => {
    const { value } = mergeCuratedFields(imported, existingWith({ source: { ...imported.source, file: 'original.txt' } }), false, { topics, text: TEXT });
    expect(value.source.file).toBe('original.txt');
  });
});
