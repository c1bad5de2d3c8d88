import { decodeTextFile, looksBinary } from './decode-text-file';
import { readDelimited, type ReadSheet, type SheetRow } from './read-delimited';
import { readXlsx } from './read-xlsx';
import { cellText } from './cell-date';
import type { Result } from '../result';

/** Larger than any agency's chronology (tens of thousands of rows), small enough to read at once. */
export const maxChronologyFileBytes = 25 * 1024 * 1024;

export interface ChronologySheet {
  file: string;
  headers: string[];
  /** Data rows: everything after the header row (row 1). */
  rows: SheetRow[];
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
}

export type ReadChronologyFileResult = Result<{ sheet: ChronologySheet }>;

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/** The file name without folders or extension: the agency for a file with no agency column. */
export function agencyFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/**
 * Reads an agency's chronology file (CSV, TSV or XLSX) into a header and rows. Anything that is
 * not a spreadsheet, is empty or is too large is refused with a message naming the problem.
 */
export async function readChronologyFile(file: string, bytes: Uint8Array): Promise<ReadChronologyFileResult> {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (bytes.byteLength === 0) return { ok: false, message: `“${name}” is empty.` };
  if (bytes.byteLength > maxChronologyFileBytes) {
    return {
      ok: false,
      message: `“${name}” is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a chronology file can be at most ${maxChronologyFileBytes / 1024 / 1024} MB.`,
    };
  }
  const isZip = zipSignature.every((byte, index) => bytes[index] === byte);
  let sheet: ReadSheet;
  let encoding: ChronologySheet['encoding'];
  if (isZip) {
    if (!/\.xlsx$/i.test(name)) return { ok: false, message: `“${name}” is a compressed file, not a CSV or Excel (.xlsx) spreadsheet.` };
    const copy = bytes.slice().buffer;
    sheet = await readXlsx(copy);
    encoding = 'xlsx';
  } else if (/\.xls$/i.test(name) || looksBinary(bytes)) {
    return { ok: false, message: `“${name}” is not a spreadsheet this app can read: save it from Excel as .xlsx or .csv.` };
  } else {
    const decoded = decodeTextFile(bytes);
    sheet = readDelimited(decoded.text);
    encoding = decoded.encoding;
  }
  if (sheet.error) return { ok: false, message: `“${name}”: ${sheet.error}` };
  const [header, ...rows] = sheet.rows;
  const headers = (header?.cells ?? []).map((cell) => cellText(cell));
  if (!header || headers.every((cell) => cell === ''))
    return { ok: false, message: `“${name}” has no header row: row 1 must name the columns (Date, What happened …).` };
  if (rows.every((row) => row.cells.every((cell) => cellText(cell) === ''))) return { ok: false, message: `“${name}” has a header row but no entries.` };
  if (headers.length < 2)
    return { ok: false, message: `“${name}” has only one column: it may not be a chronology, or its columns are not separated by commas, semicolons or tabs.` };
  return { ok: true, sheet: { file: name, headers, rows, encoding } };
}
