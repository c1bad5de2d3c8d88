import Papa from 'papaparse';

export interface SheetRow {
  /** Spreadsheet row number: the header is row 1; blank rows count. */
  row: number;
  cells: (string | Date | number | boolean | null)[];
}

export interface ReadSheet {
  rows: SheetRow[];
  /** Why the file could not be read at all, when it could not. */
  error?: string;
}

const delimiters = [',', ';', '\t'];

/**
 * CSV or TSV text, with the delimiter detected (comma, semicolon or tab) and quoted fields that
 * hold line breaks or delimiters read as one cell. A quoted field with a line break is still one
 * spreadsheet row, so row numbers count records, not lines.
 */
export function readDelimited(text: string): ReadSheet {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const fatal = result.errors.find((error) => error.code === 'MissingQuotes');
  if (fatal) return { rows: [], error: `Row ${(fatal.row ?? 0) + 1} has a quote that is never closed, so the rest of the file cannot be read.` };
  const rows = result.data.map((cells, index) => ({ row: index + 1, cells }));
  // A file ends with a line break: that is not a blank row of its own.
  while (rows.length > 0 && rows.at(-1)!.cells.every((cell) => cell.trim() === '')) rows.pop();
  return { rows };
}

/** The delimiter that splits the header line into the most columns, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of delimiters) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
