import type { ColumnMapping } from './column-mapping';
import type { ProblemRow } from './rows-to-entries';

// What the chronology stores besides its entries.

/** A row that could not be imported yet, kept for the reviewer to fix by hand. */
export interface ChronologyProblem extends ProblemRow {
  id: string;
  caseId: string;
  /** The agency the row's file was imported for. */
  agency: string;
  importId: string | null;
}

/** One agency file imported into the case: recognised again if the same file comes twice. */
export interface ChronologyImport {
  id: string;
  caseId: string;
  file: string;
  /** SHA-256 of the file's bytes. */
  fingerprint: string;
  agency: string;
  importedAt: string;
  entryCount: number;
  problemCount: number;
}

/** A column mapping the reviewer chose, remembered for the next file from that agency in that layout. */
export interface RememberedMapping {
  /** `${agency, lower case}|${header signature}`. */
  key: string;
  mapping: ColumnMapping;
}

export function rememberedMappingKey(agency: string, headerSignature: string): string {
  return `${agency.trim().toLowerCase()}|${headerSignature}`;
}
