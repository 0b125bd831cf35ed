/**
 * `/data/recurring-passages.json`: the recurring passages as open data, in the shape of
 * src/schemas/open-data/recurring-passages-file.ts (documented on /about/ from that schema). One entry per appearance:
 * the file grows with the number of appearances, never with the number of pairs of releases.
 */
import type { UrlOf } from './absolute-urls.ts';
import { dataFileHeader } from './data-package.ts';
import { paragraphId } from './paragraph-anchors.ts';
import { appearancePath } from './passage-notes.ts';
import type { PassageAppearance, PassageRecord } from './recurring-passage-index.ts';
import { MAX_CHANGE, MIN_RUN, MIN_RUN_AFTER_CHANGE } from './recurring-passages.ts';
import { paths } from './urls.ts';
import type { PassageAppearanceData, RecurringPassagesFile } from '../schemas/open-data/recurring-passages-file.ts';


function appearanceData(appearance: PassageAppearance, urlOf: UrlOf): PassageAppearanceData {
  return {
    release: appearance.release.id,
    url: urlOf(appearancePath(appearance)),
    paragraph: paragraphId(appearance.paragraph),
    firstWord: appearance.start + 1,
    wordCount: appearance.end - appearance.start,
    words: appearance.text,
  };
}

/** The content of the file. */
export function recurringPassagesFile(passages: readonly PassageRecord[], urlOf: UrlOf, created?: string): RecurringPassagesFile {
  return {
    ...dataFileHeader(urlOf, created),
    rules: { minimumRun: MIN_RUN, maximumChange: MAX_CHANGE, minimumRunAfterChange: MIN_RUN_AFTER_CHANGE },
    passages: passages.map((passage) => ({
      id: passage.id,
      url: `${urlOf(paths.language())}#${passage.id}`,
      first: appearanceData(passage.first, urlOf),
      later: passage.later.map((later) => ({ ...appearanceData(later, urlOf), changes: later.changes })),
    })),
  };
}
