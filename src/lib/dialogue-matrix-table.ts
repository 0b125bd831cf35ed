/** The shape the dialogue matrix table (`DialogueMatrixTable.astro`) renders: rows of worded cells. */

/** How a cell is shaded; the words in the cell say what it means. */
export type CellTone = 'yes' | 'no' | 'unknown';

export interface MatrixTableRow {
  url: string;
  name: string;
  /** Shown after the name, e.g. an acronym. */
  suffix?: string | undefined;
  cells: { tone: CellTone; label: string }[];
  count: number;
}
