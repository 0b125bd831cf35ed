import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind keeps of one indexed page. */
export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Elements with an id in the indexed text, which Pagefind offers as sub-results. */
  anchors: { element: string; id: string; text: string }[];
}

/** The pages Pagefind indexed in a build, read back from its compressed fragment files. */
export function indexedPages(dist: string): PagefindFragment[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as PagefindFragment;
  });
}
