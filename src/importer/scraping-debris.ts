/**
 * What the State Department's site adds around a release, whatever way it was saved: the "Press Releases: "
 * prefix of the title, the site footer paragraph, and stray control characters and odd spaces. Each kind removed
 * is recorded, so that the release's `source.description` can say exactly what was taken out.
 */

export interface CleanedLines {
  lines: string[];
  removed: string[];
}

// Control characters other than tab; U+FFFD stands for a character lost before the file reached us, U+FEFF is a stray mark.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\uFEFF]/g;
const SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const PRESS_RELEASES_PREFIX = /^Press Releases:\s*/;
const FOOTER_START = /The Office of Website Management, Bureau of Public Affairs, manages this site/;

/** A title without the "Press Releases: " prefix the site's old layout put before it. */
export function withoutPressReleasesPrefix(title: string): string {
  return title.replace(PRESS_RELEASES_PREFIX, '');
}

/**
 * Removes the site's additions from the lines of a release. Words of the release are never changed:
 * the footer is removed only from where it starts, and odd spaces become plain ones.
 */
export function removeScrapingDebris(input: ReadonlyArray<string>): CleanedLines {
  const removed: string[] = [];
  let lines = [...input];
  if (lines.some((line) => line.search(CONTROL) >= 0)) {
    removed.push('control characters and undecodable bytes');
    lines = lines.map((line) => line.replace(CONTROL, ''));
  }
  lines = lines.map((line) => line.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim());

  const first = lines.findIndex((line) => line !== '');
  if (first >= 0 && PRESS_RELEASES_PREFIX.test(lines[first]!)) {
    removed.push('the "Press Releases: " prefix of the title');
    lines[first] = lines[first]!.replace(PRESS_RELEASES_PREFIX, '');
  }
  const footerLine = lines.findIndex((line) => FOOTER_START.test(line));
  if (footerLine >= 0) {
    removed.push('the website footer paragraph ("The Office of Website Management, Bureau of Public Affairs, manages this site…")');
    const kept = lines[footerLine]!.slice(0, lines[footerLine]!.search(FOOTER_START)).trim();
    lines.splice(footerLine, lines.length - footerLine, ...(kept ? [kept] : []));
  }
  const start = lines.findIndex((line) => line !== '');
  const end = lines.findLastIndex((line) => line !== '');
  return { lines: start < 0 ? [] : lines.slice(start, end + 1), removed };
}
