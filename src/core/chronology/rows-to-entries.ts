import { cellText, parseCellDate } from './cell-date';
import type { ChronologyEntryDraft } from './chronology-entry';
import { chronologyFields, type ChronologyField, type ColumnMapping } from './column-mapping';
import { parseChronologyTime } from './parse-chronology-date';
import type { SheetRow } from './read-delimited';
import type { Result } from '../result';

/** A row that could not become an entry: kept, with its text, for the reviewer to fix by hand. */
export interface ProblemRow {
  file: string;
  row: number;
  message: string;
  values: Record<ChronologyField, string>;
}

export interface ConvertedRows {
  entries: ChronologyEntryDraft[];
  problems: ProblemRow[];
}

export interface ConvertOptions {
  file: string;
  /** The agency for rows without one (a file with no agency column, or a blank cell). */
  agency: string;
}

function rowValues(cells: SheetRow['cells'], mapping: ColumnMapping): Record<ChronologyField, string> {
  const values = {} as Record<ChronologyField, string>;
  for (const field of chronologyFields) {
    const column = mapping[field];
    values[field] = column === undefined ? '' : cellText(cells[column]);
  }
  return values;
}

/**
 * Turns an agency's rows (the header row excluded) into entries. Blank rows are skipped; a row
 * whose date or time cannot be read, or that says nothing, is a problem row with its reason.
 */
export function rowsToEntries(rows: readonly SheetRow[], mapping: ColumnMapping, options: ConvertOptions): ConvertedRows {
  const entries: ChronologyEntryDraft[] = [];
  const problems: ProblemRow[] = [];
  for (const { row, cells } of rows) {
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const values = rowValues(cells, mapping);
    const problem = (message: string) => problems.push({ file: options.file, row, message, values });
    const dateCell = mapping.date === undefined ? null : cells[mapping.date];
    if (cellText(dateCell) === '') {
      problem('No date.');
      continue;
    }
    const date = parseCellDate(dateCell);
    if (!date.ok) {
      problem(date.message);
      continue;
    }
    let time = date.value.time;
    if (values.time !== '') {
      const parsed = parseChronologyTime(values.time);
      if (!parsed.ok) {
        problem(parsed.message);
        continue;
      }
      if (date.value.precision !== 'day') {
        problem(`A time (${values.time}) is given for a date without a day (${values.date}).`);
        continue;
      }
      time = parsed.time;
    }
    if (values.text === '' && values.outcome === '' && values.analysis === '') {
      problem('The row has a date but says nothing about what happened.');
      continue;
    }
    entries.push({
      ...date.value,
      time,
      agency: values.agency || options.agency,
      source: values.source,
      role: values.role,
      text: values.text,
      outcome: values.outcome,
      analysis: values.analysis,
      origin: { file: options.file, row },
    });
  }
  return { entries, problems };
}

/** The problem row's values as an entry once the reviewer has fixed them, or the reason it still cannot be. */
export function problemRowToEntry(problem: ProblemRow, agency: string): Result<{ entry: ChronologyEntryDraft }> {
  const converted = rowsToEntries(
    [{ row: problem.row, cells: chronologyFields.map((field) => problem.values[field]) }],
    Object.fromEntries(chronologyFields.map((field, index) => [field, index])) as ColumnMapping,
    { file: problem.file, agency },
  );
  const entry = converted.entries[0];
  return entry ? { ok: true, entry } : { ok: false, message: converted.problems[0]?.message ?? 'The row is blank.' };
}
