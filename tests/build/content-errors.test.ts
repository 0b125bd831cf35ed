/**
 * Bad content fails the build with the file, the field and what was expected.
 * Each case copies `content/` into a fixture folder, breaks one thing, and builds it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';

const RELEASE_2018 = 'releases/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.mdx';
const RELEASE_2024 = 'releases/undated-sixth-us-france-cyber-dialogue.mdx';

/** Builds a copy of the content after `change` has changed it (given the copy's folder). */
async function buildFixture(name: string, change: (content: string) => void): Promise<BuildResult> {
  const fixture = `${TEST_OUTPUT}fixtures/${name}-${process.pid}/`;
  rmSync(fixture, { recursive: true, force: true });
  cpSync(`${ROOT}content`, `${fixture}content`, { recursive: true });
  change(`${fixture}content`);
  try {
    return await buildSite({ outDir: `${fixture}dist/`, contentDir: `${fixture}content` });
  } finally {
    rmSync(fixture, { recursive: true, force: true });
  }
}

/** Builds a copy of the content with `file` changed by `edit`; the edit must change something. */
function buildBroken(name: string, file: string, edit: (text: string) => string): Promise<BuildResult> {
  return buildFixture(name, (content) => {
    const path = `${content}/${file}`;
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the fixture edit must change the file').not.toBe(before);
    writeFileSync(path, after);
  });
}

/** The build output without Astro's timestamps and colours, for matching messages. */
function failure(result: BuildResult): string {
  expect(result.code, result.output).not.toBe(0);
  return result.output;
}

describe('schema errors name the entry, the field and what was expected', () => {
  it('a missing title', async () => {
    const output = failure(await buildBroken('missing-title', RELEASE_2018, (t) => t.replace(/^title: .*\n/m, '')));
    expect(output).toContain('releases → 2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy');
    expect(output).toContain('title: expected the title of the release');
  });

  it('an empty title', async () => {
    const output = failure(await buildBroken('empty-title', RELEASE_2018, (t) => t.replace(/^title: .*$/m, 'title: "  "')));
    expect(output).toContain('title: expected a title that is not empty');
  });

  it('an impossible date', async () => {
    const output = failure(await buildBroken('impossible-date', RELEASE_2018, (t) => t.replace('issued: "2018-02-09"', 'issued: "2018-02-30"')));
    expect(output).toContain('releases → 2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy');
    expect(output).toContain('issued: expected a real calendar date written as a quoted "YYYY-MM-DD" string, got "2018-02-30"');
  });

  it('an impossible date in a dialogue', async () => {
    const output = failure(await buildBroken('impossible-dialogue-date', 'dialogues.yaml', (t) => t.replace('date: "2020-01-22"', 'date: "2020-01-32"')));
    expect(output).toContain('dialogues → third');
    expect(output).toContain('dates.date: expected a real calendar date written as a quoted "YYYY-MM-DD" string, got "2020-01-32"');
  });

  it('an unknown document type', async () => {
    const output = failure(await buildBroken('document-type', RELEASE_2024, (t) => t.replace('documentType: media-note', 'documentType: communique')));
    expect(output).toContain('releases → undated-sixth-us-france-cyber-dialogue');
    expect(output).toContain('documentType: expected one of: media-note, joint-statement, press-statement, readout, fact-sheet, remarks; got "communique"');
  });
});

describe('cross-entry errors name the file, the field and what was expected', () => {
  it('references to an agency, a person, a topic and a dialogue that do not exist, and a raw file that does not match its hash', async () => {
    const output = failure(
      await buildBroken('references', RELEASE_2018, (t) =>
        t
          .replace('- { agency: nsc }', '- { agency: nsa }')
          .replace('person: david-martinon', 'person: jean-dupont')
          .replace('  - cybercrime\n', '  - cyber-crime\n')
          .replace('dialogue: second', 'dialogue: seventh')
          // The raw file no longer matches its recorded hash (as if the file, or the hash, had been edited).
          .replace(/sha256: [0-9a-f]{64}/, `sha256: ${'f'.repeat(64)}`),
      ),
    );
    const file = `content/${RELEASE_2018}`;
    expect(output).toContain(`${file} → source.sha256: expected the SHA-256 of sources/2018-02-09-united-states-and-france-strengthen-relationship-on-cyber-policy.txt, 7896d1fc`);
    expect(output).toMatch(new RegExp(`${file} → delegations\\.us\\.agencies\\.1\\.agency: expected the id of an entry in "agencies" \\(one of: anssi, [^\\n]*; got "nsa"`));
    expect(output).toMatch(new RegExp(`${file} → delegations\\.fr\\.lead\\.person: expected the id of an entry in "people" [^\\n]*; got "jean-dupont"`));
    expect(output).toMatch(new RegExp(`${file} → topics\\.5: expected the id of an entry in "topics" [^\\n]*; got "cyber-crime"`));
    expect(output).toMatch(new RegExp(`${file} → dialogue: expected the id of an entry in "dialogues" \\(one of: fifth, first, fourth, second, sixth, third\\); got "seventh"`));
  });

  it('an agency mention in the text that does not exist', async () => {
    const output = failure(await buildBroken('mention', RELEASE_2024, (t) => t.replace('<Agency id="fcc">', '<Agency id="fcc-typo">')));
    expect(output).toMatch(/undated-sixth-us-france-cyber-dialogue\.mdx → body <Agency id="fcc-typo">: expected the id of an entry in "agencies"/);
  });

  it('two dialogues with the same ordinal', async () => {
    const output = failure(await buildBroken('ordinal', 'dialogues.yaml', (t) => t.replace('ordinal: 5', 'ordinal: 6')));
    expect(output).toContain('content/dialogues.yaml → sixth.ordinal: expected a unique ordinal; 6 is also the ordinal of "fifth"');
  });

  it('a release issued before the dialogue it reports', async () => {
    const output = failure(await buildBroken('issued-early', RELEASE_2018, (t) => t.replace('issued: "2018-02-09"', 'issued: "2018-02-01"')));
    expect(output).toContain(
      `content/${RELEASE_2018} → issued: expected a date of issue on or after the start of the dialogue it reports ("second", 2018-02-07); got 2018-02-01`,
    );
  });

  it('a topic that the release text does not support', async () => {
    const output = failure(await buildBroken('unjustified-topic', RELEASE_2018, (t) => t.replace('  - cybercrime\n', '  - cybercrime\n  - online-freedom\n')));
    expect(output).toContain(`content/${RELEASE_2018} → topics.6: expected the release text to contain one of the phrases of "online-freedom"`);
  });

  it('a raw file that belongs to no release', async () => {
    // As if a release had been removed and its raw file left behind.
    const output = failure(
      await buildFixture('orphan-source', (content) => cpSync(`${content}/sources/undated-sixth-us-france-cyber-dialogue.txt`, `${content}/sources/undated-removed-release.txt`)),
    );
    expect(output).toMatch(/content\/sources\/undated-removed-release\.txt: expected the raw file of a release, named after it \(releases\/undated-removed-release\.mdx\); there is no such release/);
  });

  it('a cited quote that is not in the release', async () => {
    const output = failure(await buildBroken('quote', 'dialogues.yaml', (t) => t.replace('which was held in Paris in September of 2016', 'which was held in Lyon in September of 2016')));
    expect(output).toContain('content/dialogues.yaml → first.sources.0.quote: expected a passage of the release');
  });
});
