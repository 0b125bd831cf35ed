import { describe, expect, it } from 'vitest';
import { removeScrapingDebris, withoutPressReleasesPrefix } from '../../src/importer/scraping-debris.ts';

describe('removeScrapingDebris', () => {
  it('removes the "Press Releases: " prefix of the title and the site footer, even when glued to other text', () => {
    const lines = ['', '', 'Press Releases: A Title', '', 'Body.', '', 'The Office of Website Management, Bureau of Public Affairs, manages this site as a portal.class="x">Next'];
    expect(removeScrapingDebris(lines)).toEqual({
      lines: ['A Title', '', 'Body.'],
      removed: ['the "Press Releases: " prefix of the title', 'the website footer paragraph ("The Office of Website Management, Bureau of Public Affairs, manages this site…")'],
    });
  });

  it('keeps the words before a footer glued to the end of a paragraph', () => {
    expect(removeScrapingDebris(['Last words. The Office of Website Management, Bureau of Public Affairs, manages this site']).lines).toEqual(['Last words.']);
  });

  it('drops control characters and reads odd spaces as spaces', () => {
    expect(removeScrapingDebris(['a\u0007b\u00a0c\t d\u2009e'])).toEqual({ lines: ['ab c d e'], removed: ['control characters and undecodable bytes'] });
  });

  it('removes the prefix from a title', () => {
    expect(withoutPressReleasesPrefix('Press Releases: A Title')).toBe('A Title');
    expect(withoutPressReleasesPrefix('A Title about Press Releases: none')).toBe('A Title about Press Releases: none');
  });
});
