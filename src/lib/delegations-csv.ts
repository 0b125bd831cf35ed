/**
 * `/data/delegations.csv`: one row per dialogue, side and agency. A side whose agencies (or whose whole
 * delegation) no source reports still gets one row, saying so, so that a gap stays visible in a spreadsheet.
 * The columns, their order and their documentation come from the row's schema (src/schemas/open-data/delegations-row.ts).
 */
import type { UrlOf } from './absolute-urls.ts';
import type { ArchiveIndex } from './archive-index.ts';
import { toCsv } from './csv.ts';
import { partialDateTimes } from './dates.ts';
import { sideStatus } from './delegation-status.ts';
import { paths } from './urls.ts';
import { COUNTRIES } from '../schemas/country.ts';
import { DELEGATION_ROW_STATUS, delegationRowSchema, type DelegationRow } from '../schemas/open-data/delegations-row.ts';

export { DELEGATION_ROW_STATUS };

/** The columns, in order. */
export const DELEGATIONS_CSV_COLUMNS = Object.keys(delegationRowSchema.shape) as (keyof DelegationRow)[];

const NO_AGENCY = { agency_id: '', agency_name: '', agency_acronym: '', agency_wording: '' };
const NO_LEAD = { lead_person_id: '', lead_name: '', lead_title: '', source_url: '' };

/** The rows: dialogues first to latest, U.S. side first, agencies in the order listed. */
export function delegationRows(archive: ArchiveIndex, urlOf: UrlOf): DelegationRow[] {
  const rows: DelegationRow[] = [];
  for (const dialogue of archive.dialogues) {
    const dialogueColumns = { dialogue_ordinal: dialogue.ordinal, dialogue_id: dialogue.entry.id, dialogue_date: partialDateTimes(dialogue.entry.data.dates).join('/') };
    for (const side of COUNTRIES) {
      const status = sideStatus(dialogue, side);
      if (status.kind === 'not-reported') {
        rows.push({ ...dialogueColumns, side, status: DELEGATION_ROW_STATUS.delegationNotReported, ...NO_AGENCY, ...NO_LEAD });
        continue;
      }
      const { delegation, release } = status.found;
      const person = archive.people.get(delegation.lead.person.id)!;
      const lead = {
        lead_person_id: person.id,
        lead_name: person.data.name,
        lead_title: delegation.lead.title === 'unknown' ? '' : delegation.lead.title,
        source_url: urlOf(release ? paths.release(release.id) : `${paths.dialogue(dialogue.ordinal)}#sources`),
      };
      if (status.kind === 'lead-only') {
        rows.push({ ...dialogueColumns, side, status: DELEGATION_ROW_STATUS.agenciesNotReported, ...NO_AGENCY, ...lead });
        continue;
      }
      for (const { agency, wording } of delegation.agencies) {
        const entry = archive.agencies.get(agency.id)!;
        const agencyColumns = { agency_id: entry.id, agency_name: entry.data.name, agency_acronym: entry.data.acronym ?? '', agency_wording: wording ?? '' };
        rows.push({ ...dialogueColumns, side, status: DELEGATION_ROW_STATUS.listed, ...agencyColumns, ...lead });
      }
    }
  }
  return rows;
}

/** The rows as the file's cells, in column order. */
export function delegationCsvRows(archive: ArchiveIndex, urlOf: UrlOf): string[][] {
  return delegationRows(archive, urlOf).map((row) => DELEGATIONS_CSV_COLUMNS.map((column) => String(row[column])));
}

/** The whole file, header line included (RFC 4180, CRLF line ends). */
export function delegationsCsv(archive: ArchiveIndex, urlOf: UrlOf): string {
  return toCsv(DELEGATIONS_CSV_COLUMNS, delegationCsvRows(archive, urlOf));
}
