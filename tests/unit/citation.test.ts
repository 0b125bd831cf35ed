import { describe, expect, it } from 'vitest';
import { releaseCitation } from '../../src/lib/citation.ts';
import { release } from './archive-fixture.ts';

describe('releaseCitation', () => {
  it('names the issuer, title, kind, date of issue, the archive and the URL', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Partners Meet', office: 'Office of the Spokesperson', issued: '2019-03-04' }), 'https://example.org/releases/r/');
    expect(cited).toBe(
      'U.S. Department of State, Office of the Spokesperson. “Partners Meet.” Media Note, March 4, 2019. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/',
    );
  });

  it('says what the source does not state instead of guessing', () => {
    const cited = releaseCitation(release('r', 'd', { title: 'Who Met?' }), 'https://example.org/releases/r/');
    expect(cited).toBe('U.S. Department of State. “Who Met?” Media Note, date of issue not stated. U.S.–France Cyber Dialogue Archive. https://example.org/releases/r/');
  });
});
