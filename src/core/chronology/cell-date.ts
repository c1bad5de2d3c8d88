import type { ParsedChronologyDate } from './chronology-date';
import { parseChronologyDate } from './parse-chronology-date';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date in a spreadsheet cell: Excel date cells arrive as dates (read as UTC, as Excel has no
 * time zone), typed dates as text. A time of day in a date cell is kept.
 */
export function parseCellDate(cell: unknown): ParsedChronologyDate {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: 'The date cell holds no valid date.' };
    // Excel's calendar runs from 1900 to 9999; a damaged cell can hold a serial far outside it.
    const year = cell.getUTCFullYear();
    if (year < 1000 || year > 9999) return { ok: false, message: `The date cell holds no valid date (its year would be ${year}).` };
    const date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    const hasTime = cell.getUTCHours() !== 0 || cell.getUTCMinutes() !== 0;
    return {
      ok: true,
      value: { date, precision: 'day', approximate: false, time: hasTime ? `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` : null },
    };
  }
  if (typeof cell === 'number') {
    // A year typed into a number cell.
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100)
      return { ok: true, value: { date: String(cell), precision: 'year', approximate: false, time: null } };
    return { ok: false, message: `The number ${cell} in the date column is not a date.` };
  }
  return parseChronologyDate(cellText(cell));
}

/** A cell as text: Excel times (a date on 30/31 December 1899) become "HH:MM". */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (cell.getUTCFullYear() <= 1900 && cell.getUTCFullYear() >= 1899) return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
    return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  // Our CSV export (like other careful exporters) writes '=… for a cell that starts with = + - @,
  // so Excel will not run it as a formula; the apostrophe is not part of the text.
  return String(cell)
    .trim()
    .replace(/^'(?=[=+\-@])/, '');
}
