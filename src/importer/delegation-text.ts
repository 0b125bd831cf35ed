/**
 * The delegations a release describes: each side's lead ("Liesyl Franz, Deputy Assistant Secretary …, led the U.S.
 * delegation") with the title as written, and the agencies listed for that side, with where each name stands in the text.
 */
import type { Country } from '../schemas/country.ts';
import { sentenceEnd } from './sentences.ts';

/** A stretch of the text: [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A name in a delegation's agency list. */
export interface ListedAgency {
  /** The words as written, without a leading "the": what the body's `<Agency>` wraps. */
  written: string;
  /** The name to look up: the words as written, or "Department of Defense" for "Defense" in a compound phrase. */
  name: string;
  /** True for a name taken from a compound phrase ("the Departments of Defense, … and State"). */
  fromCompound: boolean;
  span: TextSpan;
}

export interface LeadInText {
  name: string;
  nameSpan: TextSpan;
  title: string;
  titleSpan: TextSpan;
}

export interface DelegationInText {
  side: Country;
  lead: LeadInText;
  agencies: ListedAgency[];
}

/** Decides whether a name (of a side) is an agency the registry knows; used to split "X and Y" only where both are known. */
export type IsKnownAgency = (name: string, side: Country) => boolean;

const NAME = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\p{L}'’-]+|de|du|van|von|da|le|la)){1,3}`;
const HONORIFIC = String.raw`(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?`;
// "Name, Title, led the U.S. …" at the start of a sentence.
const NAME_TITLE_LED = new RegExp(String.raw`(?<=^|[.!?]["”]?\s+)${HONORIFIC}(${NAME}),\s+(.+?),\s+led\s+`, 'gu');
// "The U.S. delegation was led by Name, Title, and included …" / "… led by Name, Title."
const DELEGATION_LED_BY = new RegExp(String.raw`\b(?:The|the)\s+(U\.S\.|United States|American|French|France's)\s+delegation\s+was\s+led\s+by\s+${HONORIFIC}(${NAME}),\s+(.+?)(?=,\s+and\s+|\.\s|\.$)`, 'gu');
// Who speaks for an agency in a list ("representatives from the …"): never part of the agency's name.
const REPRESENTATIVES = String.raw`(?:senior\s+)?(?:representatives|officials|experts|delegates)\s+(?:from|of)\s+`;
// Where a delegation's list of agencies starts: "(and) included (representatives from)", "Other agencies represented
// include", "in partnership with (representatives from)", or "representatives from" alone.
const LIST_MARKER = new RegExp(
  String.raw`\b(?:(?:and\s+)?includ(?:ed|es|e|ing)\s+|agencies\s+represented\s+(?:includ(?:ed|es|e)|were)\s+|in\s+partnership\s+with\s+|(?=${REPRESENTATIVES}))(?:${REPRESENTATIVES})?`,
  'g',
);
const LEADING_REPRESENTATIVES = new RegExp(`^${REPRESENTATIVES}`, 'i');

/** The side the words after "led" name first: "the U.S. engagement" → us; "France's interagency delegation" → fr. */
function sideOf(words: string): Country | undefined {
  const us = words.search(/\b(?:U\.S\b|United States|American)/);
  const fr = words.search(/\b(?:France|French)\b/);
  if (us < 0 && fr < 0) return undefined;
  if (fr < 0) return 'us';
  if (us < 0) return 'fr';
  return us < fr ? 'us' : 'fr';
}

/** The leads named in a text, in order, with the side each led. */
export function findLeads(text: string): Array<{ side: Country; lead: LeadInText; end: number }> {
  const leads: Array<{ side: Country; lead: LeadInText; end: number; start: number }> = [];
  for (const match of text.matchAll(NAME_TITLE_LED)) {
    const after = match.index + match[0].length;
    const side = sideOf(text.slice(after, Math.min(sentenceEnd(text, after), after + 80)));
    if (!side) continue;
    const nameStart = match.index + match[0].indexOf(match[1]!);
    const titleStart = text.indexOf(match[2]!, nameStart + match[1]!.length);
    leads.push({
      side,
      start: match.index,
      end: match.index + match[0].length,
      lead: {
        name: match[1]!,
        nameSpan: { start: nameStart, end: nameStart + match[1]!.length },
        title: match[2]!,
        titleSpan: { start: titleStart, end: titleStart + match[2]!.length },
      },
    });
  }
  for (const match of text.matchAll(DELEGATION_LED_BY)) {
    const side = sideOf(match[1]!)!;
    const nameStart = match.index + match[0].indexOf(match[2]!, match[0].indexOf('led by'));
    const titleStart = match.index + match[0].length - match[3]!.length;
    leads.push({
      side,
      start: match.index,
      end: match.index + match[0].length,
      lead: {
        name: match[2]!,
        nameSpan: { start: nameStart, end: nameStart + match[2]!.length },
        title: match[3]!,
        titleSpan: { start: titleStart, end: titleStart + match[3]!.length },
      },
    });
  }
  return leads.sort((a, b) => a.start - b.start);
}

/** Pieces of a list between commas (not those inside brackets), with their places. */
function splitAtCommas(text: string, offset: number): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if ((char === ',' && depth === 0) || i === text.length) {
      pieces.push({ text: text.slice(start, i), start: offset + start });
      start = i + 1;
    }
  }
  return pieces;
}

/** Trims a piece and removes a leading "and" / "the", moving its start to match. */
function trimPiece(piece: { text: string; start: number }): { text: string; start: number; hadThe: boolean } {
  let { text, start } = piece;
  const lead = /^(\s*(?:and\s+|as well as\s+)?)/.exec(text)![1]!;
  text = text.slice(lead.length);
  start += lead.length;
  const representatives = LEADING_REPRESENTATIVES.exec(text);
  if (representatives) {
    text = text.slice(representatives[0].length);
    start += representatives[0].length;
  }
  const the = /^the\s+/i.exec(text);
  if (the) {
    text = text.slice(the[0].length);
    start += the[0].length;
  }
  return { text: text.replace(/\s+$/, ''), start, hadThe: Boolean(the) };
}

const COMPOUND_HEAD = /^(Departments|Ministries)\s+of\s+(?:the\s+)?/i;

/**
 * Names joined by "and" in a plural phrase, regrouped so that a name the registry knows with an "and" inside it stays
 * whole: ["Economy", "Finance", "Justice"] → ["Economy and Finance", "Justice"] when "Economy and Finance" is known.
 */
function splitKnownFirst(parts: string[], isKnown: (name: string) => boolean): string[] {
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const joined = i + 1 < parts.length ? `${parts[i]} and ${parts[i + 1]}` : undefined;
    if (joined && isKnown(joined) && !isKnown(parts[i]!)) {
      names.push(joined);
      i += 1;
    } else {
      names.push(parts[i]!);
    }
  }
  return names;
}

/**
 * The agencies of a list as written ("the National Security Council, …, the Cybersecurity and Infrastructure Security
 * Agency and the Departments of Defense, Homeland Security, Justice, and State"), each with its place in the text.
 * `offset` is where `list` starts in the whole text.
 */
export function splitAgencyList(list: string, offset: number, side: Country, isKnown: IsKnownAgency): ListedAgency[] {
  // Commas first, then "X and the Y" (an "and" inside a name, "Cybersecurity and Infrastructure", has no "the" after it).
  const pieces = splitAtCommas(list, offset).flatMap((piece) => {
    const parts: Array<{ text: string; start: number }> = [];
    let last = 0;
    for (const match of piece.text.matchAll(/\s+and\s+(?=the\s)/g)) {
      parts.push({ text: piece.text.slice(last, match.index), start: piece.start + last });
      last = match.index + match[0].length;
    }
    parts.push({ text: piece.text.slice(last), start: piece.start + last });
    return parts.map(trimPiece).filter((part) => part.text !== '');
  });

  const agencies: ListedAgency[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    const compound = COMPOUND_HEAD.exec(piece.text);
    if (compound) {
      const singular = compound[1]!.toLowerCase() === 'departments' ? 'Department' : 'Ministry';
      const members = [{ text: piece.text.slice(compound[0].length), start: piece.start + compound[0].length }];
      // The phrase goes on while the next names do not start with "the": "Defense, Homeland Security, Justice, and State".
      while (i + 1 < pieces.length && !pieces[i + 1]!.hadThe) {
        i += 1;
        members.push(pieces[i]!);
      }
      for (const member of members) {
        // "Commerce and State" inside the phrase: two members, unless the registry knows the whole as one name
        // ("the Ministries of the Armed Forces and Economy and Finance": "Ministry of Economy and Finance").
        const split = member.text.split(/\s+and\s+/);
        const whole = isKnown(`${singular} of ${member.text}`, side);
        const parts = split.length > 1 && !whole ? splitKnownFirst(split, (part) => isKnown(`${singular} of ${part}`, side)) : [member.text];
        let from = 0;
        for (const part of parts) {
          const at = member.text.indexOf(part, from);
          from = at + part.length;
          agencies.push({ written: part, name: `${singular} of ${part}`, fromCompound: true, span: { start: member.start + at, end: member.start + at + part.length } });
        }
      }
      continue;
    }
    const split = piece.text.split(/\s+and\s+/).map((part) => part.replace(/^the\s+/i, ''));
    if (!isKnown(piece.text, side) && split.length > 1 && split.every((part) => isKnown(part, side))) {
      let from = 0;
      for (const part of split) {
        const at = piece.text.indexOf(part, from);
        from = at + part.length;
        agencies.push({ written: part, name: part, fromCompound: false, span: { start: piece.start + at, end: piece.start + at + part.length } });
      }
      continue;
    }
    agencies.push({ written: piece.text, name: piece.text, fromCompound: false, span: { start: piece.start, end: piece.start + piece.text.length } });
  }
  return agencies;
}

/**
 * Each side's delegation as the text describes it: the lead, then the agencies listed after the lead
 * (in the same paragraph, before the next lead). The lead's own agency, when the title ends with it
 * ("…, U.S. Department of State"), comes first.
 */
export function findDelegations(text: string, isKnown: IsKnownAgency): DelegationInText[] {
  const leads = findLeads(text);
  return leads.map(({ side, lead, end }, n) => {
    const paragraphEnd = text.indexOf('\n\n', end);
    const nextLead = leads[n + 1] ? text.lastIndexOf(leads[n + 1]!.lead.name, leads[n + 1]!.lead.nameSpan.start + 1) : -1;
    const limit = Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, nextLead < 0 ? text.length : nextLead);
    const agencies: ListedAgency[] = [];

    // The title's last part may be the lead's agency: "Deputy Assistant Secretary for …, U.S. Department of State".
    const comma = lead.title.lastIndexOf(', ');
    if (comma > 0) {
      const tail = lead.title.slice(comma + 2).replace(/^the\s+/i, '');
      if (isKnown(tail, side)) {
        const start = lead.titleSpan.end - tail.length;
        agencies.push({ written: tail, name: tail, fromCompound: false, span: { start, end: lead.titleSpan.end } });
      }
    }

    const region = text.slice(end, limit);
    LIST_MARKER.lastIndex = 0;
    const marker = LIST_MARKER.exec(region);
    if (marker) {
      const listStart = end + marker.index + marker[0].length;
      const listEnd = Math.min(sentenceEnd(text, listStart), limit);
      const list = text.slice(listStart, listEnd).replace(/[.;]\s*$/, '');
      agencies.push(...splitAgencyList(list, listStart, side, isKnown));
    }
    return { side, lead, agencies };
  });
}
