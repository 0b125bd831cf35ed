import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeReleaseFrontmatter, type ReleaseFrontmatter } from '../../src/importer/release-frontmatter.ts';

const FIELDS: ReleaseFrontmatter = {
  title: 'Yes: a title # with "quotes"',
  documentType: 'media-note',
  office: 'Office of the Spokesperson',
  dateline: 'Washington, DC',
  issued: '2018-02-09',
  dialogue: 'second',
  delegations: { us: { lead: { person: 'a-b', title: 'Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State' }, agencies: [{ agency: 'state', wording: 'U.S. Department of State' }, { agency: 'x', wording: 'a, b' }, { agency: 'nsc' }] } },
  topics: ['cybercrime', 'yes'],
  source: { file: '000_04e67a5f582b5571.txt', path: 'sources/r.txt', sha256: '1'.repeat(64), description: `Text of the release. ${'Word '.repeat(40)}End.` },
};

describe('writeReleaseFrontmatter', () => {
  it('reads back as the fields it was given, under YAML 1.2 and 1.1', () => {
    const written = writeReleaseFrontmatter(FIELDS);
    expect(written).toMatch(/^---\n[\s\S]*\n---\n$/);
    const yaml = written.slice(4, -4);
    const expected = { ...FIELDS, source: { ...FIELDS.source, description: FIELDS.source.description.replace(/\s+/g, ' ') } };
    expect(parseYaml(yaml)).toEqual(expected);
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(expected);
  });

  it('keeps the committed layout: the date quoted, one flow mapping per agency, the description folded, long titles on one line', () => {
    const written = writeReleaseFrontmatter(FIELDS);
    expect(written).toContain('issued: "2018-02-09"\n');
    expect(written).toContain('      - { agency: state, wording: U.S. Department of State }\n      - { agency: x, wording: "a, b" }\n      - { agency: nsc }\n');
    expect(written).toContain('      title: Deputy Assistant Secretary for Cyber and International Communications and Information Policy, U.S. Department of State\n');
    expect(written).toMatch(/ {2}description: >-\n( {4}.{1,116}\n)+---\n$/);
    expect(writeReleaseFrontmatter({ ...FIELDS, issued: 'unknown', delegations: {} })).toMatch(/issued: unknown\n[\s\S]*delegations: {}\n/);
  });
});
