/** The report printed after an import: what was read, then what was decided, then what a person must check. */
import type { Notes } from './stage.ts';

export function importReport(fileName: string, notes: Notes): string {
  const section = (heading: string, lines: ReadonlyArray<string>) => (lines.length > 0 ? [heading, ...lines.map((line) => `  ${line}`)] : []);
  return [
    ...section(`Read from ${fileName}:`, notes.read),
    ...section('Decided:', notes.decided),
    ...section('To check:', notes.check.length > 0 ? notes.check : ['nothing']),
  ].join('\n');
}
