import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOutcome {
  /** One line per violation: "rule (help) at target, target". */
  violations: string[];
  /** How many rules passed: proof that axe checked something. */
  passes: number;
}

/**
 * Runs axe-core on the page as it is now (inject, run, summarise).
 * @param runOnly tags to restrict the rules to; every rule when left out
 */
export async function runAxe(page: Page, runOnly?: string[]): Promise<AxeOutcome> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, tags ? { runOnly: tags } : {});
    return {
      violations: results.violations.map(({ id, help, nodes }) => `${id} (${help}) at ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
      passes: results.passes.length,
    };
  }, runOnly);
}
