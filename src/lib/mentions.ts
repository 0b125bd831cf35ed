/** The `<Agency id="…">` and `<Person id="…">` mentions in a release body, in order. */
export interface Mention {
  kind: 'agency' | 'person';
  id: string;
}

const MENTION = /<(Agency|Person)\s+id="([^"]*)"/g;

export function findMentions(mdxBody: string): Mention[] {
  return [...mdxBody.matchAll(MENTION)].map((match) => ({
    kind: match[1] === 'Agency' ? 'agency' : 'person',
    id: match[2]!,
  }));
}

/** The words of an MDX body with mention tags removed, as a reader sees them. */
export function mdxBodyText(mdxBody: string): string {
  return mdxBody.replace(/<\/?(?:Agency|Person)\b[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}
