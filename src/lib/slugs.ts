/**
 * Slugs for permanent URLs. A release's URL is its file name, which the importer makes with `releaseSlug`.
 */

/**
 * Lower-case ASCII words joined by hyphens: "Sixth U.S.-France Cyber Dialogue" → "sixth-us-france-cyber-dialogue".
 * Accents are dropped ("Ministère" → "ministere"); dots and apostrophes join their neighbours ("U.S." → "us").
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name (and URL segment) of a release: its date of issue and its title,
 * "2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy";
 * "undated-…" when the date of issue is not known, so that no date is guessed.
 */
export function releaseSlug(issued: string, title: string): string {
  const prefix = issued === 'unknown' ? 'undated' : issued;
  return `${prefix}-${slugify(title)}`;
}
