/** Whether a release is about the U.S.–France dialogue, or about the United States and another partner. */

// "the United States and Japan", "Japan and the United States", "U.S.-Japan", "Japan-U.S.".
// A country name: one capitalised word, or two where the first is a known prefix ("United Kingdom", "South Korea").
const COUNTRY = String.raw`(?:(?:United|South|North|New|Saudi|Costa|Sri|Czech|Dominican)\s+)?[A-Z][\p{L}]+`;
const PARTNER_PATTERNS = [
  new RegExp(String.raw`\bUnited States and (?:the )?(${COUNTRY})`, 'gu'),
  new RegExp(String.raw`\b(${COUNTRY}) and the United States\b`, 'gu'),
  new RegExp(String.raw`\bU\.S\.[-–](${COUNTRY})`, 'gu'),
  new RegExp(String.raw`\b(${COUNTRY})[-–]U\.S\.`, 'gu'),
];
// Words after "the United States and" that are not countries.
const NOT_A_COUNTRY = /^(?:the |The )?(?:Government|Department|Office|Secretary|State|Our|Both|Cyber|International|National|Federal|Ministry|Ambassador)\b/;

/** The partner countries the text pairs with the United States, as written, France included. */
export function findPartnerCountries(text: string): string[] {
  const partners = new Set<string>();
  for (const pattern of PARTNER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.replace(/^the /i, '');
      if (!NOT_A_COUNTRY.test(name)) partners.add(name);
    }
  }
  return [...partners];
}

/**
 * Why the text is not about a U.S.–France dialogue, or undefined when it is:
 * it must name France as the partner, and no other country as one.
 */
export function whyNotUsFrance(text: string): string | undefined {
  const partners = findPartnerCountries(text);
  const others = partners.filter((name) => !/^(?:France|French Republic)$/.test(name));
  const mentionsFrance = /\bFrance\b|\bFrench\b/.test(text);
  if (others.length > 0 && !partners.includes('France')) {
    return `it is about a dialogue between the United States and ${others.join(' and ')}, not France`;
  }
  if (!mentionsFrance) return 'it does not mention France';
  if (others.length > 0) return `it pairs the United States with ${others.join(' and ')} as well as France; only U.S.–France releases belong here`;
  return undefined;
}
