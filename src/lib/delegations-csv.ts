/**
 * `/data/delegations.csv`: one row per dialogue, side and agency. A side whose agencies (or whose whole
 * delegation) no source reports still gets one row, saying so, so that a gap stays visible in a spreadsheet.
 */
import type { UrlOf } from './absolute-urls.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { toCsv } from './csv.ts';
import { partialDateTimes } from './dates.ts';
import { sideStatus } from './delegation-status.ts';
import type { FieldDoc } from './open-data.ts';
import { paths } from './urls.ts';
import { COUNTRIES } from '../schemas/country.ts';

/** What a row says about its side. */
export const DELEGATION_ROW_STATUS = {
  listed: 'listed',
  agenciesNotReported: 'agencies-not-reported',
  delegationNotReported: 'delegation-not-reported',
} as const;

/** The columns, in order, with what each holds (shown on the about page). */
export const DELEGATIONS_CSV_COLUMNS: readonly FieldDoc[] = [
  { field: 'dialogue_ordinal', description: 'The dialogue\'s place in the series (1 for the inaugural one).' },
  { field: 'dialogue_id', description: 'The dialogue\'s permanent id.' },
  { field: 'dialogue_date', description: 'ISO 8601 at the precision known: "2016-09", "2020-01-22", or an interval "2018-02-07/2018-02-08"; empty when not known.' },
  { field: 'side', description: '"us" or "fr".' },
  {
    field: 'status',
    description:
      '"listed": the agency is in the side\'s reported list; "agencies-not-reported": the lead is reported but not the agencies; "delegation-not-reported": no source reports the side. The agency columns are empty unless "listed".',
  },
  { field: 'agency_id', description: 'The agency\'s permanent id.' },
  { field: 'agency_name', description: 'The agency\'s canonical English name.' },
  { field: 'agency_acronym', description: 'Its acronym, if it has one.' },
  { field: 'agency_wording', description: 'The source\'s words for the agency where they differ from its name.' },
  { field: 'lead_person_id', description: 'The id of the person who led the side; empty when not reported.' },
  { field: 'lead_name', description: 'The lead\'s name.' },
  { field: 'lead_title', description: 'The lead\'s title, as the source writes it; empty when no English source states it.' },
  { field: 'source_url', description: 'The release that reports the delegation, or the dialogue page\'s list of cited sources; empty when not reported.' },
];

/** The data rows, in column order: dialogues first to latest, U.S. side first, agencies in the order listed. */
export function delegationCsvRows(archive: ArchiveIndex, urlOf: UrlOf): string[][] {
  const rows: string[][] = [];
  for (const dialogue of archive.dialogues) {
    const times = partialDateTimes(dialogue.entry.data.dates);
    const head = [String(dialogue.ordinal), dialogue.entry.id, times.join('/'), ''];
    for (const side of COUNTRIES) {
      head[3] = side;
      const status = sideStatus(dialogue, side);
      if (status.kind === 'not-reported') {
        rows.push([...head, DELEGATION_ROW_STATUS.delegationNotReported, '', '', '', '', '', '', '', '']);
        continue;
      }
      const { delegation, release } = status.found;
      const person = archive.people.get(delegation.lead.person.id)!;
      const source = urlOf(release ? paths.release(release.id) : `${paths.dialogue(dialogue.ordinal)}#sources`);
      const lead = [person.id, person.data.name, delegation.lead.title === 'unknown' ? '' : delegation.lead.title, source];
      if (status.kind === 'lead-only') {
        rows.push([...head, DELEGATION_ROW_STATUS.agenciesNotReported, '', '', '', '', ...lead]);
        continue;
      }
      for (const { agency, wording } of delegation.agencies) {
        const entry = archive.agencies.get(agency.id)!;
        rows.push([...head, DELEGATION_ROW_STATUS.listed, entry.id, entry.data.name, entry.data.acronym ?? '', wording ?? '', ...lead]);
      }
    }
  }
  return rows;
}

/** The whole file, header line included (RFC 4180, CRLF line ends). */
export function delegationsCsv(archive: ArchiveIndex, urlOf: UrlOf): string {
  return toCsv(
    DELEGATIONS_CSV_COLUMNS.map((column) => column.field),
    delegationCsvRows(archive, urlOf),
  );
}
