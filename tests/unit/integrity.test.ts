import { describe, expect, it } from 'vitest';
import type { ArchiveContent } from '../../src/lib/archive-content.ts';
import { ContentIntegrityError, assertContentIntegrity, findContentProblems } from '../../src/lib/integrity.ts';
import { agency, delegation, dialogue, person, release, topic } from './archive-fixture.ts';

/** A small consistent archive; each test breaks one thing in a copy of it. */
function content(): ArchiveContent {
  return {
    releases: [
      release('r1', 'd2', {
        issued: '2021-05-03',
        us: delegation('ann', 'Envoy', ['post', ['desk', 'the Desk Office']]),
        fr: delegation('bea', 'Ambassador', ['sea']),
        topics: ['harbors'],
        body: 'On <Person id="ann">Ann</Person> and the <Agency id="sea">Sea Ministry</Agency>: about harbors.',
      }),
    ],
    dialogues: [
      dialogue('d1', 1, { dates: { precision: 'month', month: '2019-09' } }),
      dialogue('d2', 2, {
        dates: { precision: 'day-range', start: '2021-05-01', end: '2021-05-02' },
        sources: [{ release: { collection: 'releases', id: 'r1' }, quote: 'about harbors' }],
      }),
    ],
    agencies: [agency('post', 'us'), agency('desk', 'us'), agency('sea', 'fr')],
    people: [person('ann', 'us'), person('bea', 'fr')],
    topics: [topic('harbors')],
  };
}

const messages = (c: ArchiveContent) => findContentProblems(c).map((p) => `${p.file} → ${p.field}: ${p.message}`);

describe('findContentProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(findContentProblems(content())).toEqual([]);
  });

  it('names other official versions keyed by no release of the archive', () => {
    const c = content();
    const version = { kind: 'translation', lang: 'fr', title: 'Titre', url: 'https://translations.example/t', publisher: 'The Office', issued: 'unknown' } as const;
    c.officialVersions = [
      { id: 'r1', filePath: 'content/official-versions.yaml', data: { versions: [version] } },
      { id: 'r9', filePath: 'content/official-versions.yaml', data: { versions: [version] } },
    ];
    expect(messages(c)).toEqual(['content/official-versions.yaml → r9: expected the id of a release in the archive (one of: r1)']);
  });

  it('names a dangling reference with the ids that exist', () => {
    const c = content();
    c.releases[0]!.data.delegations.fr!.agencies[0]!.agency.id = 'lake';
    expect(messages(c)).toEqual([
      'releases/r1 → delegations.fr.agencies.0.agency: expected the id of an entry in "agencies" (one of: post, desk, sea); got "lake"',
    ]);
  });

  it('refuses an agency or lead on the wrong side, and an agency listed twice', () => {
    const c = content();
    c.releases[0]!.data.delegations.us!.agencies.push({ agency: { collection: 'agencies', id: 'sea' } }, { agency: { collection: 'agencies', id: 'post' } });
    c.releases[0]!.data.delegations.fr!.lead.person.id = 'ann';
    expect(messages(c)).toEqual([
      'releases/r1 → delegations.us.agencies.2.agency: expected an agency of the "us" side; "sea" is "fr"',
      'releases/r1 → delegations.us.agencies.3.agency: expected each agency once; "post" is listed twice',
      'releases/r1 → delegations.fr.lead.person: expected a person of the "fr" side; "ann" is "us"',
    ]);
  });

  it('refuses two dialogues with one ordinal', () => {
    const c = content();
    c.dialogues[1]!.data.ordinal = 1;
    expect(messages(c)).toContain('dialogues/d2 → d2.ordinal: expected a unique ordinal; 1 is also the ordinal of "d1"');
  });

  it('refuses a date of issue before the dialogue, but accepts one after it or unknown', () => {
    const c = content();
    c.releases[0]!.data.issued = '2021-04-30';
    expect(messages(c)).toEqual([
      'releases/r1 → issued: expected a date of issue on or after the start of the dialogue it reports ("d2", 2021-05-01); got 2021-04-30',
    ]);
    c.releases[0]!.data.issued = 'unknown';
    expect(messages(c)).toEqual([]);
  });

  it('refuses a topic the text does not support, and a quote the release does not contain', () => {
    const c = content();
    c.releases[0]!.body = 'On <Person id="ann">Ann</Person>: about ports.';
    expect(messages(c)).toEqual([
      'dialogues/d2 → d2.sources.0.quote: expected a passage of the release "r1"; it does not contain "about harbors"',
      'releases/r1 → topics.0: expected the release text to contain one of the phrases of "harbors" (harbors)',
    ]);
  });

  it('refuses a mention of an unknown person in the text', () => {
    const c = content();
    c.releases[0]!.body += ' <Person id="cid">Cid</Person>';
    expect(messages(c)).toEqual(['releases/r1 → body <Person id="cid">: expected the id of an entry in "people" (one of: ann, bea); got "cid"']);
  });

  it('refuses a raw file that is missing or does not have the recorded SHA-256', () => {
    const missing = content();
    missing.releases[0]!.sourceFileSha256 = null;
    expect(messages(missing)).toEqual(['releases/r1 → source.path: expected the raw file of the release at sources/r1.txt in the content folder; there is no such file']);
    const changed = content();
    changed.releases[0]!.sourceFileSha256 = 'b'.repeat(64);
    expect(messages(changed)).toEqual([
      `releases/r1 → source.sha256: expected the SHA-256 of sources/r1.txt, ${'b'.repeat(64)}; got ${'a'.repeat(64)} (the raw file changed, or the hash was mistyped)`,
    ]);
  });

  it('refuses a raw file not named after its release, the name it is published under', () => {
    const c = content();
    c.releases[0]!.data.source.path = 'sources/another-name.txt';
    expect(messages(c)).toEqual([
      'releases/r1 → source.path: expected the raw file to be named after the release, "sources/r1.<extension>" (it is published as /sources/r1.txt); got "sources/another-name.txt"',
    ]);
  });

  it('refuses reported delegations for a dialogue that a release reports', () => {
    const c = content();
    c.dialogues[1] = { ...c.dialogues[1]!, data: { ...c.dialogues[1]!.data, reported: { summary: 'x', topics: [], delegations: { us: delegation('ann', 'Envoy') } } } };
    expect(messages(c)).toEqual([
      'dialogues/d2 → d2.reported.delegations: expected no reported delegations for a dialogue that a release in the archive reports ("r1"): the release is their one home',
    ]);
  });
});

describe('assertContentIntegrity', () => {
  it('throws every problem at once', () => {
    const c = content();
    c.releases[0]!.data.dialogue.id = 'd9';
    c.releases[0]!.data.topics[0]!.id = 'ports';
    expect(() => assertContentIntegrity(c)).toThrow(ContentIntegrityError);
    expect(() => assertContentIntegrity(c)).toThrow(/Invalid archive content \(2 problems\):\n {2}releases\/r1 → dialogue: .*"d9"\n {2}releases\/r1 → topics\.0: .*"ports"/);
  });

  it('passes consistent content', () => {
    expect(() => assertContentIntegrity(content())).not.toThrow();
  });
});
