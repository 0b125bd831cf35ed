import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT } from './paths.ts';

/**
 * html-validate with the project's one configuration, `.htmlvalidate.json` at the root (html-validate:recommended,
 * without `long-title`: the layout appends the site name to every title, and releases keep their official titles,
 * so a release page's title is often over 70 characters; both are deliberate).
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** The problems html-validate finds in these built files (paths relative to `dist`), one line each: "file:line:col rule: message". */
export async function htmlProblems(dist: string, files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    // The file name decides where the configuration is looked up: as if the page were in the project root.
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), join(ROOT, 'dist', file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}
