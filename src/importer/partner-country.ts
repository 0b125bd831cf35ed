/**
 * Whether a release reports the U.S.–France dialogue, judged by its subject: its title and the sentence that says
 * who held the dialogue it reports. Other countries, the EU, NATO or other dialogues mentioned elsewhere in a
 * U.S.–France release ("building on the U.S.-EU Cyber Dialogue", "support for Ukraine") do not change that.
 */

// A partner: one capitalised word, or a known two-word name ("United Kingdom", "European Union", "South Korea").
const PARTNER = String.raw`(?:European Union|(?:United|South|North|New|Saudi|Costa|Sri|Czech|Dominican)\s+[A-Z][\p{L}]+|[A-Z][\p{L}]+)`;
// "the United States and Japan", "Japan and the United States", "U.S.-Japan", "Japan-U.S.".
const PAIRINGS = [
  new RegExp(String.raw`\bUnited States and (?:the )?(${PARTNER})`, 'gu'),
  new RegExp(String.raw`\b(${PARTNER}) and the United States\b`, 'gu'),
  new RegExp(String.raw`\bU\.S\.[-–](${PARTNER})`, 'gu'),
  new RegExp(String.raw`\b(${PARTNER})[-–]U\.S\.`, 'gu'),
];
// Words after "the United States and" that are no partner.
const NOT_A_PARTNER = /^(?:Government|Department|Office|Secretary|State|Our|Both|Cyber|International|National|Federal|Ministry|Ambassador|Other|Its|Their|Allies)\b/;
const FRANCE = /^(?:France|French Republic|French)$/;

/** The partners a text pairs with the United States, as written, France included, in order. */
export function findPartnerCountries(text: string): string[] {
  const partners: Array<{ name: string; index: number }> = [];
  for (const pattern of PAIRINGS) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      if (!NOT_A_PARTNER.test(name) && !partners.some((partner) => partner.name === name)) partners.push({ name, index: match.index });
    }
  }
  return partners.sort((a, b) => a.index - b.index).map((partner) => partner.name);
}

/** The judgement, and the words it was made on. */
export type PartnerJudgement =
  | { usFrance: true; basis: string }
  | { usFrance: false; reason: string; judgedBy: string };

/**
 * Judges a release by its subject. `title` is its title (when known) and `sentence` the sentence that reports the
 * dialogue (who held it, or when); `text` is the whole text, consulted only when neither names a partner.
 */
export function judgePartner(title: string | undefined, sentence: string | undefined, text: string): PartnerJudgement {
  for (const [what, words] of [['the sentence reporting the dialogue', sentence], ['the title', title]] as const) {
    if (!words) continue;
    const partners = findPartnerCountries(words);
    if (partners.some((name) => FRANCE.test(name))) return { usFrance: true, basis: `${what} pairs the United States with France: "${words}"` };
    const others = partners.filter((name) => !FRANCE.test(name));
    if (others.length > 0) {
      return { usFrance: false, reason: `${what} pairs the United States with ${others.join(' and ')}, not France`, judgedBy: words };
    }
  }
  if (/\bFrance\b|\bFrench\b/.test(text)) return { usFrance: true, basis: 'neither the title nor the sentence reporting the dialogue names a partner; the text names France' };
  return { usFrance: false, reason: 'it does not mention France', judgedBy: sentence ?? title ?? text.slice(0, 200) };
}
