/**
 * What a release's text states, before any name is looked up: the dialogue it reports (ordinal, dates, place) and
 * the earlier ones it names, its delegations as written, and whether its subject is the U.S.–France dialogue.
 */
import { indexAgencyNames } from '../lib/agency-names.ts';
import { DateReadingError } from './calendar-dates.ts';
import type { ContentRegistry } from './content-registry.ts';
import { findDelegations, type DelegationInText } from './delegation-text.ts';
import { findDialogueFacts, type DialogueFacts } from './dialogue-facts.ts';
import { ImportError } from './import-error.ts';
import { judgePartner } from './partner-country.ts';
import { stage, type Stage } from './stage.ts';

export interface ReleaseFacts {
  reported: DialogueFacts;
  earlier: DialogueFacts[];
  delegations: DelegationInText[];
}

export interface FactsContext {
  fileName: string;
  /** The title as far as it is known (given, marked by the page, or read in the header). */
  title: string | undefined;
  /** The date of issue read in the header (`YYYY-MM-DD`). */
  issued: string | undefined;
  /** Import even when the subject names another partner than France. */
  anyPartner: boolean;
}

/** The option that imports a release whose subject names another partner. */
export const ANY_PARTNER_OPTION = '--any-partner';

export function readFacts(text: string, registry: ContentRegistry, context: FactsContext): Stage<ReleaseFacts> {
  const { fileName, title, issued } = context;
  let facts: ReturnType<typeof findDialogueFacts>;
  try {
    facts = findDialogueFacts(text, issued);
  } catch (error) {
    if (error instanceof DateReadingError) throw new ImportError(`${fileName}: ${error.message}. Add the date of issue to the header of the file, or the year to the dates.`);
    throw error;
  }
  const check: string[] = [];
  const judgement = judgePartner(title, facts.reported?.sentence, text);
  if (!judgement.usFrance) {
    const why = `${fileName} is not a release about the U.S.–France Cyber Dialogue: ${judgement.reason}. Judged by: "${judgement.judgedBy}".`;
    if (!context.anyPartner) throw new ImportError(`${why} The archive holds only that dialogue; if this release belongs in it all the same, import it with ${ANY_PARTNER_OPTION}.`);
    check.push(`Partner: ${why} Imported with ${ANY_PARTNER_OPTION}.`);
  }
  if (!issued && !facts.reported?.dates) {
    throw new ImportError(`${fileName} gives no date: no date of issue in its header and no dates of the meeting in its text. A release is placed in the archive by its dates; check that the file is the whole release.`);
  }
  if (!facts.reported) throw new ImportError(`${fileName} does not say which dialogue it reports: it gives neither an ordinal ("sixth") nor dates of a meeting.`);
  const agencies = indexAgencyNames(registry.agencies);
  const delegations = findDelegations(text, (name, side) => agencies.resolve(name, side).length > 0);
  const decided = judgement.usFrance ? [`Partner: France (${judgement.basis}).`] : [];
  return stage({ reported: facts.reported, earlier: facts.earlier, delegations }, { decided, check });
}
