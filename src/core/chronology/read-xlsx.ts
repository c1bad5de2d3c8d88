import readXlsxFile from 'read-excel-file/universal';
import type { ReadSheet } from './read-delimited';

/**
 * The first worksheet of an Excel workbook. Date-formatted cells come back as dates (the
 * reviewer's Excel dates), other cells as typed: text, numbers, booleans.
 */
export async function readXlsx(bytes: ArrayBuffer): Promise<ReadSheet> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes);
  } catch (caught) {
    return { rows: [], error: `The Excel workbook cannot be read (${caught instanceof Error ? caught.message : String(caught)}).` };
  }
  const first = sheets[0];
  if (!first) return { rows: [], error: 'The Excel workbook has no worksheets.' };
  const rows = first.data.map((cells, index) => ({ row: index + 1, cells: cells.map((cell) => cell as unknown as string | Date | number | boolean | null) }));
  while (rows.length > 0 && rows.at(-1)!.cells.every((cell) => cell === null || String(cell).trim() === '')) rows.pop();
  return { rows };
}
