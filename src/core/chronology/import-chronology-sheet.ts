import { detectColumns, mappingProblems, type ColumnMapping } from './column-mapping';
import { agencyFromFileName, type ChronologySheet } from './read-chronology-file';
import { rowsToEntries, type ConvertedRows } from './rows-to-entries';
import type { Result } from '../result';

export type SheetImport = Result<{ mapping: ColumnMapping } & ConvertedRows>;

/**
 * An agency's sheet read with its columns recognised by name (or the mapping given), rows without
 * an agency taking `agency` (by default the file name without extension).
 */
export function importChronologySheet(sheet: ChronologySheet, options: { agency?: string; mapping?: ColumnMapping } = {}): SheetImport {
  const mapping = options.mapping ?? detectColumns(sheet.headers).mapping;
  const problems = mappingProblems(mapping);
  if (problems.length > 0) {
    // The first few headers, each by its start: enough to recognise the file, never the whole of a mangled one.
    const shown = sheet.headers.slice(0, 12).map((header) => `“${header.length > 40 ? `${header.slice(0, 40)}…` : header}”`);
    if (sheet.headers.length > shown.length) shown.push(`and ${sheet.headers.length - shown.length} more`);
    return { ok: false, message: `“${sheet.file}”: the columns cannot be recognised (headers: ${shown.join(', ')}). ${problems.join(' ')}` };
  }
  const agency = options.agency?.trim() || agencyFromFileName(sheet.file);
  return { ok: true, mapping, ...rowsToEntries(sheet.rows, mapping, { file: sheet.file, agency }) };
}
