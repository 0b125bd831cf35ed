/**
 * End to end: releases imported with `npm run import` into a copy of the content, in each form a person will
 * meet (the type-first layout behind HTML debris, a saved state.gov-style page, a Windows-1252 file with a
 * day-first date, a U.S.–France note that mentions other partners, and the 2018 layout with inline HTML), built
 * into one site: each has its page with the right fields, delegations and text, is on the timeline and its
 * agencies' pages, is found by search, and its raw file is served as plain text where no script of it runs.
 * All inputs are fictional test fixtures; nothing is written to content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { DELEGATION_SECTION, foldSpace } from '../helpers/dist-pages.ts';
import { headersForPath, readHeadersFile } from '../helpers/headers-file.ts';
import { IMPORTER_FIXTURES } from '../helpers/importer-cases.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SOURCE_FILE_RULE } from '../../src/lib/security-headers.ts';

/** Each form, and what its page must show. */
const FORMS = [
  {
    input: 'TEST-FIXTURE-not-a-real-release-seventh-dialogue.txt',
    slug: '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-not-a-real-release',
    title: 'TEST FIXTURE Seventh U.S.-France Cyber Dialogue (not a real release)',
    type: 'Media Note',
    issued: 'November 3, 2099',
    dialogue: 7,
    leads: { us: 'Alex Placeholder', fr: 'Camille Exemple' },
    agencies: { us: ['state', 'nsc', 'dod', 'dhs', 'doj'], fr: ['meae', 'anssi', 'interior-ministry'] },
    text: ['TEST FIXTURE — not a real release.', 'the {quokkafixture} test marker & a bold claim that 2 < 3 > 1.', 'and the Ministry of Home Affairs.'],
  },
  {
    input: 'TEST-FIXTURE-type-first-behind-html-debris.txt',
    slug: '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-type-first-behind-html-debris-not-a-real-release',
    title: 'TEST FIXTURE Seventh U.S.-France Cyber Dialogue, type first behind html debris (not a real release)',
    type: 'Joint Statement',
    issued: 'November 3, 2099',
    dialogue: 7,
    leads: { us: 'Alex Placeholder', fr: 'Camille Exemple' },
    agencies: { us: ['state', 'nsc', 'dod', 'doj'], fr: ['meae', 'anssi'] },
    text: ['TEST FIXTURE — not a real release. This text (type first behind html debris)', 'and the National Cybersecurity Agency.'],
  },
  {
    input: 'TEST-FIXTURE-saved-page.html',
    slug: '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-saved-page-not-a-real-release',
    title: 'TEST FIXTURE Seventh U.S.-France Cyber Dialogue, saved page (not a real release)',
    type: 'Media Note',
    issued: 'November 3, 2099',
    dialogue: 7,
    leads: { us: 'Alex Placeholder', fr: 'Camille Exemple' },
    agencies: { us: ['state', 'nsc', 'dod', 'doj'], fr: ['meae', 'anssi'] },
    text: ['TEST FIXTURE — not a real release. This text (saved page) was written for the importer’s tests', 'and the National Cybersecurity Agency.'],
  },
  {
    input: 'TEST-FIXTURE-windows-1252-day-first-date.txt',
    slug: '2099-11-09-test-fixture-eighth-us-france-cyber-dialogue-not-a-real-release',
    title: 'TEST FIXTURE Eighth U.S.–France Cyber Dialogue (not a real release)',
    type: 'Media Note',
    issued: 'November 9, 2099',
    dialogue: 8,
    leads: { us: 'Jordan Sample', fr: 'Dominique Essai' },
    agencies: { us: ['nsc', 'doj'], fr: ['meae', 'armed-forces-ministry'] },
    text: ['at the Ministère de l’Europe et des Affaires étrangères. The delegations discussed “cybercrime”, capacity building and ransomware.'],
  },
  {
    input: 'TEST-FIXTURE-us-france-mentions-other-partners.txt',
    slug: '2099-11-03-test-fixture-seventh-us-france-cyber-dialogue-us-france-mentions-other-partners-not-a-real-release',
    title: 'TEST FIXTURE Seventh U.S.-France Cyber Dialogue, us france mentions other partners (not a real release)',
    type: 'Media Note',
    issued: 'November 3, 2099',
    dialogue: 7,
    leads: { us: 'Alex Placeholder', fr: 'Camille Exemple' },
    agencies: { us: ['state', 'nsc', 'dod', 'doj'], fr: ['meae', 'anssi'] },
    text: ['the outcomes of the U.S.-EU Cyber Dialogue, cooperation between the United States and the European Union on cyber resilience, support for NATO Allies and for Ukraine, and lessons from the U.S.-Japan Cyber Dialogue.'],
  },
];
const SAVED_PAGE = FORMS[2]!;

const runDir = `${TEST_OUTPUT}importer-e2e-${process.pid}/`;
const content = `${runDir}content`;
const dist = `${runDir}dist/`;

let browser: Browser;
let server: StaticServer;
/** The same site served with the headers `_headers` gives the raw files (a sandboxing policy): only for those. */
let sourceServer: StaticServer;

const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const linksTo = (path: string, href: string) => page(path)(`a[href="${href}"]`).length;

beforeAll(async () => {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  cpSync(`${ROOT}content`, content, { recursive: true });
  for (const { input } of FORMS) {
    const imported = spawnSync(process.execPath, [`${ROOT}src/importer/cli.ts`, `${IMPORTER_FIXTURES}${input}`, '--content', content, '--add-unknown'], { cwd: ROOT, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`import of ${input} failed (${imported.status}):\n${imported.stdout}\n${imported.stderr}`);
  }
  const built = await buildSite({ outDir: dist, contentDir: content });
  if (built.code !== 0) throw new Error(`astro build failed (${built.code}):\n${built.output}`);
  const headers = headersForPath(readHeadersFile(dist), `/sources/${SAVED_PAGE.slug}.txt`);
  [browser, server, sourceServer] = await Promise.all([launchChromium(), serveStatic(dist), serveStatic(dist, { headers })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), sourceServer?.close()]);
  // Astro's cache (dist.cache/) is inside runDir too.
  rmSync(runDir, { recursive: true, force: true });
});

describe.each(FORMS)('$input, imported and built', (form) => {
  const release = `/releases/${form.slug}/`;

  it('has its page with its title, document type, date of issue and dialogue', () => {
    const $ = page(release);
    expect(foldSpace($('h1').text())).toBe(form.title);
    const facts = Object.fromEntries($('dl.facts dt').map((_, dt) => [[foldSpace($(dt).text()), foldSpace($(dt).next('dd').text())]]).get());
    expect(facts).toMatchObject({ 'Type of document': form.type, 'Date of issue': form.issued });
    expect($(`dl.facts a[href="/dialogues/${form.dialogue}/"]`)).toHaveLength(1);
  });

  it('has its leads and agencies, and its text as written', () => {
    const $ = page(release);
    for (const side of ['us', 'fr'] as const) {
      expect(foldSpace($(DELEGATION_SECTION[side]).text())).toContain(`Led by ${form.leads[side]}`);
      const agencies = $(`${DELEGATION_SECTION[side]} ol.agencies li a[href^="/agencies/"]`).map((_, a) => $(a).attr('href')).get();
      expect(agencies).toEqual(form.agencies[side].map((id) => `/agencies/${id}/`));
    }
    const body = foldSpace($('.release-body').text());
    for (const passage of form.text) expect(body).toContain(passage);
    expect(body).not.toMatch(/Office of Website Management|<div|&nbsp;|&amp;|dataLayer|Share on|Related Articles|Privacy Policy|Begin Text|article-meta/);
  });

  it('is on its dialogue page and its agencies\' pages', () => {
    expect(linksTo(`/dialogues/${form.dialogue}/`, release)).toBeGreaterThan(0);
    for (const agency of [...form.agencies.us, ...form.agencies.fr]) expect(linksTo(`/agencies/${agency}/`, release), agency).toBeGreaterThan(0);
  });

  it('links its raw file, kept byte for byte and served as UTF-8 text', () => {
    const href = `/sources/${form.slug}.txt`;
    expect(page(release)(`.source a[href="${href}"]`).text()).toBe('the text as scraped');
    const raw = readFileSync(`${IMPORTER_FIXTURES}${form.input}`);
    const kept = readFileSync(join(content, 'sources', `${form.slug}${form.input.slice(form.input.lastIndexOf('.'))}`));
    expect(kept.equals(raw)).toBe(true);
    const served = readFileSync(join(dist, href));
    // Windows-1252 is served as the same characters in UTF-8; UTF-8 as it is.
    expect(served.toString('utf8')).toBe(form.input.includes('windows-1252') ? new TextDecoder('windows-1252').decode(raw) : raw.toString('utf8'));
  });
});

describe('the imported releases together', () => {
  it('are on the timeline, which has one dialogue per ordinal: the sixth they name was linked to, not duplicated', () => {
    const $ = page('/dialogues/');
    const dialogueLinks = new Set($('a').map((_, a) => $(a).attr('href')).get().filter((href) => /^\/dialogues\/\d+\/$/.test(href)));
    expect([...dialogueLinks].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `/dialogues/${n}/`));
    expect(linksTo('/agencies/fcc/', `/releases/${FORMS[0]!.slug}/`)).toBe(0);
  });

  it('are found by search', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}search/?q=quokkafixture`);
    await tab.getByRole('status').filter({ hasText: '1 result found for “quokkafixture”' }).waitFor({ timeout: 30_000 });
    const hrefs = await tab.getByRole('list', { name: 'Results' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(`/releases/${FORMS[0]!.slug}/`);
    await context.close();
  });

  it('serve a saved page\'s raw file as plain text under a sandboxing policy, where none of its scripts runs', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const response = await tab.goto(`${sourceServer.url}sources/${SAVED_PAGE.slug}.txt`);
    expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
    // The raw files' policy, alone or beside the site's (a host sends every matching rule's).
    expect(response?.headers()['content-security-policy']?.split(', ')).toContain(SOURCE_FILE_RULE.headers['Content-Security-Policy']);
    expect(response?.headers()['x-content-type-options']).toMatch(/^nosniff/);
    // The page's own script would add a paragraph; shown as text, the document has no element of the page.
    expect(await tab.evaluate(() => ({ type: document.contentType, paragraphs: document.querySelectorAll('p, script, article').length }))).toEqual({ type: 'text/plain', paragraphs: 0 });
    expect(await tab.textContent('body')).toContain("insertAdjacentHTML('beforeend', '<p>injected by a script");
    await context.close();
  });
});
