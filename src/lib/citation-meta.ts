/**
 * The `<meta>` tags reference managers read to save a page in one click (Zotero, Mendeley, Google Scholar):
 * Highwire Press `citation_*` tags and Dublin Core `DC.*` tags, saying the same as the page's citations
 * (src/lib/citation.ts): the Department as author and publisher, the date of issue only where the source states it.
 */
import type { ReleaseEntry } from './archive-content.ts';
import { ISSUER } from './citation.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Works of the U.S. Government have no copyright in the United States (17 U.S.C. § 105). */
export const RELEASE_RIGHTS = 'Work of the U.S. Government, not subject to copyright in the United States (17 U.S.C. § 105).';

/** The tags of one release page, in order; `url` is its permanent, absolute URL. */
export function releaseCitationMeta(release: ReleaseEntry, url: string): MetaTag[] {
  const { title, issued } = release.data;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: title },
    { name: 'citation_author', content: ISSUER },
  ];
  // Highwire writes dates with slashes; Dublin Core in ISO 8601.
  if (issued !== 'unknown') tags.push({ name: 'citation_publication_date', content: issued.replace(/-/g, '/') });
  tags.push(
    { name: 'citation_publisher', content: ISSUER },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: 'en' },
    { name: 'DC.title', content: title },
    { name: 'DC.creator', content: ISSUER },
    { name: 'DC.publisher', content: ISSUER },
  );
  if (issued !== 'unknown') tags.push({ name: 'DC.date', content: issued });
  tags.push(
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.identifier', content: url },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.rights', content: RELEASE_RIGHTS },
  );
  return tags;
}
