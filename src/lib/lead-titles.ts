/** The titles a person held as a delegation lead, each with the dialogues they led under it. */
import type { LeadRecord } from './archive-index.ts';

/** What the pages say for a lead whose title no English source states (`title: unknown`). */
export const UNSTATED_LEAD_TITLE = 'title not stated in an English source';

export interface TitleHeld {
  /** As the source writes it; "unknown" where no English source states it. */
  title: string;
  /** The delegations led under this title, first to latest. */
  leads: LeadRecord[];
}

/** Groups a person's leads (first to latest) by title, in the order each title first appears. */
export function titlesHeld(leads: LeadRecord[]): TitleHeld[] {
  const byTitle = new Map<string, TitleHeld>();
  for (const lead of leads) {
    const held = byTitle.get(lead.title);
    if (held) held.leads.push(lead);
    else byTitle.set(lead.title, { title: lead.title, leads: [lead] });
  }
  return [...byTitle.values()];
}
