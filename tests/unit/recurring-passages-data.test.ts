import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { recurringPassageRecords } from '../../src/lib/recurring-passage-index.ts';
import { recurringPassagesFile } from '../../src/lib/recurring-passages-data.ts';
import { MIN_RUN } from '../../src/lib/recurring-passages.ts';
import { dataFile, dataFileFields } from '../../src/lib/data-files.ts';
import { recurringPassagesFileSchema } from '../../src/schemas/open-data/recurring-passages-file.ts';
import { release } from './archive-fixture.ts';

const SHARED = 'the two delegations reviewed the implementation of the work plan on incident response and the agreed information sharing framework for the next year';
const urlOf = absoluteUrlOf('https://archive.example', '/sub/');
const passages = recurringPassageRecords([
  release('older', 'd', { body: `First paragraph.\n\nThen: ${SHARED}.` }),
  release('newer', 'd', { body: `${SHARED.replace('agreed', 'common')}, it said.` }),
]);
const file = recurringPassagesFile(passages, urlOf, '2026-01-01T00:00:00Z');

describe('recurringPassagesFile', () => {
  it('fits its schema', () => {
    expect(recurringPassagesFileSchema.parse(file)).toEqual(file);
  });

  it('gives each appearance its release, paragraph anchor, absolute URL, place and words', () => {
    const [passage] = file.passages as [(typeof file.passages)[0]];
    expect(passage.first).toEqual({
      release: 'older',
      url: 'https://archive.example/sub/releases/older/#p2',
      paragraph: 'p2',
      firstWord: 2,
      wordCount: 23,
      words: SHARED,
    });
    expect(passage.later).toEqual([
      {
        release: 'newer',
        url: 'https://archive.example/sub/releases/newer/#p1',
        paragraph: 'p1',
        firstWord: 1,
        wordCount: 23,
        words: SHARED.replace('agreed', 'common'),
        changes: [{ from: 'agreed', to: 'common' }],
      },
    ]);
    expect(passage.url).toBe(`https://archive.example/sub/language/#${passage.id}`);
  });

  it('says the rules it was found by, and where it is documented', () => {
    expect(file.rules.minimumRun).toBe(MIN_RUN);
    expect(file.documentation).toBe('https://archive.example/sub/about/#data');
    expect(file.created).toBe('2026-01-01T00:00:00Z');
  });

  it('is documented field by field, every field of its items included', () => {
    const fields = dataFileFields(dataFile('recurring-passages')).map((doc) => doc.field);
    expect(fields).toEqual(expect.arrayContaining(['passages[].first.paragraph', 'passages[].later[].changes[].from', 'rules.minimumRun']));
    const leaves = (value: unknown, path: string): string[] =>
      Array.isArray(value)
        ? value.length > 0 ? leaves(value[0], `${path}[]`) : []
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, child]) => [`${path}${path ? '.' : ''}${key}`, ...leaves(child, `${path}${path ? '.' : ''}${key}`)])
          : [];
    for (const field of leaves(file, '')) expect(fields, field).toContain(field);
  });
});
