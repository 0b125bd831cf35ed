import { describe, expect, it } from 'vitest';
import { indexByFingerprint, releaseBodyText, textFingerprint } from '../../src/importer/existing-releases.ts';

describe('existing releases', () => {
  it('a fingerprint ignores case, white space and punctuation, and nothing else', () => {
    expect(textFingerprint('The U.S. and France met.\n\nThey talked!')).toBe(textFingerprint('the US and France met  —  they talked'));
    expect(textFingerprint('The U.S. and France met.')).not.toBe(textFingerprint('The U.S. and Japan met.'));
  });

  it('reads an MDX body as the text a reader sees', () => {
    expect(releaseBodyText('Led by <Person id="a">Ann</Person> of the \\{x\\} \\& <Agency id="n">NSC</Agency>.\n\n&#105;mport')).toBe('Led by Ann of the {x} & NSC. import');
  });

  it('indexes releases by fingerprint', () => {
    const release = { id: 'r', file: 'releases/r.mdx', frontmatter: {} as never, fingerprint: textFingerprint('x') };
    expect(indexByFingerprint([release]).get(textFingerprint('X.'))).toBe(release);
  });
});
