import { describe, expect, it } from 'vitest';
import { absoluteUrlOf } from '../../src/lib/absolute-urls.ts';
import { DELEGATIONS_CSV_COLUMNS, delegationCsvRows, delegationsCsv } from '../../src/lib/delegations-csv.ts';
import { agency, buildArchive, delegation, dialogue, person, release } from './archive-fixture.ts';

const urlOf = absoluteUrlOf('https://example.org', '/');

function fixture() {
  return buildArchive({
    agencies: [agency('desk', 'us', 'Desk, Office', { acronym: 'DO' }), agency('post', 'us', 'Post'), agency('quai', 'fr', 'Quai')],
    people: [person('val', 'us', 'Val Example'), person('eve', 'fr', 'Eve Exemple')],
    dialogues: [
      dialogue('one', 1, { dates: { precision: 'month', month: '2010-05' } }),
      dialogue('two', 2, { dates: { precision: 'day-range', start: '2011-06-01', end: '2011-06-02' } }),
      dialogue('three', 3, { reported: { delegations: { fr: delegation('eve', 'Envoy "acting"') } } }),
    ],
    releases: [release('rel', 'two', { us: delegation('val', 'Deputy', [['desk', 'the Desk'], 'post']) })],
  });
}

describe('delegationCsvRows', () => {
  const rows = delegationCsvRows(fixture(), urlOf);
  const column = (name: string) => DELEGATIONS_CSV_COLUMNS.indexOf(name as (typeof DELEGATIONS_CSV_COLUMNS)[number]);
  const pick = (row: string[], ...names: string[]) => names.map((name) => row[column(name)]);

  it('has one row per dialogue, side and agency, and one row saying so for each side not listed', () => {
    expect(rows.map((row) => pick(row, 'dialogue_ordinal', 'side', 'status', 'agency_id'))).toEqual([
      ['1', 'us', 'delegation-not-reported', ''],
      ['1', 'fr', 'delegation-not-reported', ''],
      ['2', 'us', 'listed', 'desk'],
      ['2', 'us', 'listed', 'post'],
      ['2', 'fr', 'delegation-not-reported', ''],
      ['3', 'us', 'delegation-not-reported', ''],
      ['3', 'fr', 'agencies-not-reported', ''],
    ]);
    expect(rows.every((row) => row.length === DELEGATIONS_CSV_COLUMNS.length)).toBe(true);
  });

  it('gives the dialogue date in ISO 8601 at its precision, empty when not known', () => {
    expect(rows.map((row) => pick(row, 'dialogue_date')[0])).toEqual(['2010-05', '2010-05', '2011-06-01/2011-06-02', '2011-06-01/2011-06-02', '2011-06-01/2011-06-02', '', '']);
  });

  it('gives the agency, its wording, the lead and the source', () => {
    expect(pick(rows[2]!, 'agency_name', 'agency_acronym', 'agency_wording', 'lead_person_id', 'lead_name', 'lead_title', 'source_url')).toEqual([
      'Desk, Office',
      'DO',
      'the Desk',
      'val',
      'Val Example',
      'Deputy',
      'https://example.org/releases/rel/',
    ]);
    expect(pick(rows[6]!, 'lead_name', 'lead_title', 'source_url')).toEqual(['Eve Exemple', 'Envoy "acting"', 'https://example.org/dialogues/3/#sources']);
    expect(pick(rows[0]!, 'lead_name', 'source_url')).toEqual(['', '']);
  });
});

describe('delegationsCsv', () => {
  it('starts with the documented header and quotes what needs quoting', () => {
    const csv = delegationsCsv(fixture(), urlOf);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(DELEGATIONS_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[3]).toContain(',"Desk, Office",DO,the Desk,');
    expect(lines[7]).toContain(',"Envoy ""acting""",');
  });
});
