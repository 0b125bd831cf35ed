/**
 * Writing plain release text into an MDX body that always compiles and reads exactly as the text:
 * every character that MDX or Markdown would read as syntax is escaped, and mention components wrap names.
 */

/** A stretch of the text to wrap in a mention component. */
export interface MentionSpan {
  start: number;
  end: number;
  component: 'Agency' | 'Person';
  id: string;
}

// ASCII punctuation that starts MDX (`{`, `<`) or Markdown (`*`, `_`, `[`, `` ` ``, `&`, …) syntax anywhere in a line.
const INLINE_SYNTAX = /[\\`*_{}<>[\]&~]/g;

/**
 * Escapes one paragraph of plain text for an MDX body: syntax characters get a backslash, and what Markdown
 * reads at the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`, `import`/`export`) is neutralised.
 * The paragraph must be one line; the result renders as exactly the same characters.
 */
export function escapeMdxText(text: string, atLineStart = true): string {
  let escaped = text.replace(INLINE_SYNTAX, (char) => `\\${char}`);
  if (!atLineStart) return escaped;
  escaped = escaped
    // MDX reads a line starting with "import " or "export " as JavaScript: a character reference keeps the word.
    .replace(/^(i)(mport\b)|^(e)(xport\b)/, (_m, i, rest1, e, rest2) => (i ? `&#${i.charCodeAt(0)};${rest1}` : `&#${e.charCodeAt(0)};${rest2}`))
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return escaped;
}

/** The name of an id in a component attribute; ids are registry keys, so only plain characters are allowed. */
function attributeValue(id: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`expected a registry id of lower-case letters, digits and hyphens; got "${id}"`);
  return id;
}

/**
 * One paragraph of the body: its text escaped, with `<Agency id="…">` / `<Person id="…">` around the spans
 * (offsets into `text`; they must not overlap).
 */
export function paragraphToMdx(text: string, spans: ReadonlyArray<MentionSpan>): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) throw new Error(`mentions overlap at "${text.slice(span.start, span.end)}"`);
    out += escapeMdxText(text.slice(at, span.start), at === 0);
    out += `<${span.component} id="${attributeValue(span.id)}">${escapeMdxText(text.slice(span.start, span.end), false)}</${span.component}>`;
    at = span.end;
  }
  out += escapeMdxText(text.slice(at), at === 0);
  return out;
}

/** The plain text of escaped MDX text: what `escapeMdxText` wrote, read back (mention tags must be removed first). */
export function unescapeMdxText(mdx: string): string {
  return mdx.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code))).replace(/\\([\\`*_{}<>[\]&~#=+\-.)])/g, '$1');
}
