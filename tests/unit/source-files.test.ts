import { describe, expect, it } from 'vitest';
import { isNamedAfterRelease, sourceFilesToPublish } from '../../src/lib/source-files.ts';

describe('the raw files of releases', () => {
  it('are named after their release, with an extension', () => {
    expect(isNamedAfterRelease('sources/r1.txt', 'r1')).toBe(true);
    expect(isNamedAfterRelease('sources/r1.html', 'r1')).toBe(true);
    expect(isNamedAfterRelease('sources/r1', 'r1')).toBe(false);
    expect(isNamedAfterRelease('sources/r10.txt', 'r1')).toBe(false);
    expect(isNamedAfterRelease('sources/r1.txt', 'r10')).toBe(false);
  });

  it('are published, each for the release it is named after', () => {
    expect(sourceFilesToPublish(['r2.html', 'r1.txt', '.DS_Store'], new Set(['r1', 'r2', 'r3']))).toEqual({
      files: [
        { file: 'r1.txt', releaseId: 'r1' },
        { file: 'r2.html', releaseId: 'r2' },
      ],
      problems: [],
    });
  });

  it('refuse a file of no release and a second file for one release, naming both', () => {
    expect(sourceFilesToPublish(['r1.txt', 'r1.html', 'gone.txt'], new Set(['r1']))).toEqual({
      files: [{ file: 'r1.html', releaseId: 'r1' }],
      problems: [
        { file: 'sources/gone.txt', message: 'expected the raw file of a release, named after it (releases/gone.mdx); there is no such release' },
        { file: 'sources/r1.txt', message: 'expected one raw file for the release "r1"; sources/r1.html is also one' },
      ],
    });
  });
});
