/**
 * The GitHub Pages workflow (.github/workflows/deploy-pages.yml) builds the site as `npm run build` does anywhere:
 * with the official Astro action, the package's build script, the project's Node and the SITE and BASE settings
 * astro.config.mjs reads, for a project page at https://OWNER.github.io/REPOSITORY/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publicOriginSetting } from '../../src/lib/public-origin.ts';
import { ROOT } from '../helpers/paths.ts';

interface Step {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; env?: Record<string, string>; environment?: { name: string }; steps: Step[] }>;
}

const workflow = parse(readFileSync(`${ROOT}.github/workflows/deploy-pages.yml`, 'utf8')) as Workflow;
const packageJson = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const astroConfig = readFileSync(`${ROOT}astro.config.mjs`, 'utf8');

/** A GitHub expression `${{ a || format('…{0}…', b) }}` evaluated for a repository, with no repository variable set. */
function evaluate(expression: string, context: Record<string, string>): string {
  const match = /^\$\{\{ vars\.\w+ \|\| format\('([^']*)', ([\w.]+)\) \}\}$/.exec(expression);
  if (!match) throw new Error(`not the expected form: ${expression}`);
  return match[1]!.replace('{0}', context[match[2]!]!);
}

describe('the GitHub Pages workflow', () => {
  const build = workflow.jobs.build!;
  const astroStep = build.steps.find((step) => step.uses?.startsWith('withastro/action@'));

  it('runs on pushes to main, with the permissions a Pages deployment needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with the official Astro action, the package\'s build script, the project\'s Node and the default output', () => {
    expect(astroStep?.uses).toMatch(/^withastro\/action@v\d+$/);
    expect(astroStep?.with?.['build-cmd']).toBe('npm run build');
    expect(packageJson.scripts.build).toBe('node src/build/cli.ts');
    // The Node the project installs (the `node` devDependency) is the one the action sets up.
    expect(String(astroStep?.with?.['node-version'])).toBe(/\d+/.exec(packageJson.devDependencies.node!)![0]);
    expect(astroStep?.with?.['out-dir']).toBe('dist');
    expect(astroConfig).not.toMatch(/outDir:/);
  });

  it('sets SITE and BASE, the settings astro.config.mjs reads, for a project page unless repository variables say otherwise', () => {
    expect(Object.keys(build.env ?? {}).sort()).toEqual(['BASE', 'SITE']);
    expect(astroConfig).toContain('process.env.SITE');
    expect(astroConfig).toContain('process.env.BASE');
    const context = { 'github.repository_owner': 'archive-team', 'github.event.repository.name': 'cyber-dialogue' };
    const site = evaluate(build.env!.SITE!, context);
    expect(site).toBe('https://archive-team.github.io');
    expect(publicOriginSetting(site, undefined)).toBe(site);
    expect(evaluate(build.env!.BASE!, context)).toBe('/cyber-dialogue/');
  });

  it('deploys the uploaded build to the github-pages environment', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
  });
});
