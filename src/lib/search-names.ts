/**
 * A list of names as one searchable field of the search index: the names a page goes by besides its own words
 * (an agency's name and acronym, its French name, the other names releases give it, a lead's name and title).
 * Pagefind searches every word of the field and says which field matched; the search page reads the list back to say
 * which name a result was found through. So the field holds names only (every word of it can be searched), and
 * what each name is shows in punctuation, which the index ignores:
 *
 *   `Ministry of the Interior | ‘Ministry of Home Affairs’ | «Ministère de l'Intérieur» | “Interior Ministry”`
 *
 * a plain name first (with its acronym in brackets, "National Cybersecurity Agency (ANSSI)", or the acronym alone,
 * "(ANSSI)"), then how the page's source writes it ‘…’, its French name «…», and other names “…”, separated by " | "
 * (a word of its own, so that a quoted phrase never runs from one name into the next). Runs in the browser and at
 * build time alike.
 */

/** The names of one thing (an agency, a lead), by what each name is. */
export interface NameList {
  /** The name, as a registry or the page gives it ("Federal Bureau of Investigation"). */
  name?: string;
  /** Its acronym ("FBI"). */
  acronym?: string;
  /** How the page's source writes it, where that differs from `name`. */
  wording?: string;
  /** Its name in French. */
  local?: string;
  /** Other names it goes by. */
  others: string[];
}

const SEPARATOR = ' | ';
const WORDING = ['‘', '’'] as const;
const LOCAL = ['«', '»'] as const;
const OTHER = ['“', '”'] as const;
/** Characters no name may hold, as the list could not be read back; a plain name or acronym may not end in a bracket either. */
const RESERVED = /[|‘’«»“”]/;
const BRACKETED = /[()]$|^[()]/;

function checked(name: string, plain = false): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || RESERVED.test(trimmed) || (plain && BRACKETED.test(trimmed))) {
    throw new Error(
      `The name "${name}" cannot go into the search index's names: it is empty, holds one of | ‘ ’ « » “ ”${plain ? ', or starts or ends with a bracket' : ''}.`,
    );
  }
  return trimmed;
}

/** Writes a list of names as a field value (see the module comment); "" when it holds no name. */
export function writeNameList(list: NameList): string {
  const items: string[] = [];
  const acronym = list.acronym && `(${checked(list.acronym, true)})`;
  if (list.name) items.push(acronym ? `${checked(list.name, true)} ${acronym}` : checked(list.name, true));
  else if (acronym) items.push(acronym);
  if (list.wording) items.push(`${WORDING[0]}${checked(list.wording)}${WORDING[1]}`);
  if (list.local) items.push(`${LOCAL[0]}${checked(list.local)}${LOCAL[1]}`);
  for (const other of list.others) items.push(`${OTHER[0]}${checked(other)}${OTHER[1]}`);
  return items.join(SEPARATOR);
}

const enclosedBy = (item: string, [open, close]: readonly [string, string]) =>
  item.startsWith(open) && item.endsWith(close) ? item.slice(open.length, -close.length) : undefined;

/** Reads a field value written by `writeNameList`. */
export function readNameList(value: string): NameList {
  const list: NameList = { others: [] };
  for (const item of value.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '')) {
    const wording = enclosedBy(item, WORDING);
    const local = enclosedBy(item, LOCAL);
    const other = enclosedBy(item, OTHER);
    if (wording !== undefined) list.wording = wording;
    else if (local !== undefined) list.local = local;
    else if (other !== undefined) list.others.push(other);
    else {
      const named = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
      if (named) {
        if (named[1]) list.name = named[1];
        list.acronym = named[2];
      } else list.name = item;
    }
  }
  return list;
}

/** "National Cybersecurity Agency (ANSSI)": the name with its acronym, as the pages show an agency. */
export function nameWithAcronym(list: Pick<NameList, 'name' | 'acronym'>): string {
  if (list.name && list.acronym) return `${list.name} (${list.acronym})`;
  return list.name ?? list.acronym ?? '';
}
