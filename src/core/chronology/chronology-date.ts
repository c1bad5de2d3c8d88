import type { Result } from '../result';

// A chronology entry's date: agencies record some events to the day, some only to the month or
// year, some "approximately". The precision is kept, never padded out into a false exact day.

export type DatePrecision = 'day' | 'month' | 'year';

export interface ChronologyDate {
  /** "2020-06-14", "2020-06" or "2020", by precision. */
  date: string;
  precision: DatePrecision;
  approximate: boolean;
  /** "23:40" when known. */
  time: string | null;
}

export type ParsedChronologyDate = Result<{ value: ChronologyDate }>;

export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The first day the date could be: where a month-only entry sits in date order. */
export function earliestDay(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** The last day the date could be, for filtering by date range. */
export function latestDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}
