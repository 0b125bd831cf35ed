/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, and a field quoted
 * (its quotes doubled) when it holds a comma, a quote, a line break or surrounding spaces.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field: `Paris` stays as is; `Washington, D.C.` → `"Washington, D.C."`; `say "hi"` → `"say ""hi"""`. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header line, then one line per row; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const width = header.length;
  return [header, ...rows]
    .map((row, i) => {
      if (row.length !== width) throw new Error(`CSV row ${i} has ${row.length} fields; the header has ${width}`);
      return `${row.map(csvField).join(',')}\r\n`;
    })
    .join('');
}
