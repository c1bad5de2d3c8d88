import { isIsoDate } from './iso-date';
import { ukMonthNames } from './format-uk-date';
import type { Result } from '../result';

export type ParsedUkDate = Result<{ iso: string }>;

const pad = (n: number) => String(n).padStart(2, '0');

// Two-digit years: 00–69 are this century, 70–99 the last (reviews rarely reach before 1970).
export function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

export function monthFromName(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  // Any unambiguous start of the name: "Feb", "Sept", "February".
  const index = ukMonthNames.findIndex((month) => month.toLowerCase().startsWith(lower));
  return index === -1 ? null : index + 1;
}

function build(year: number, month: number, day: number, original: string): ParsedUkDate {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (month < 1 || month > 12) return { ok: false, message: `“${original}” has no month ${month}: dates are day first, as 14/02/2021.` };
  if (!isIsoDate(iso)) return { ok: false, message: `“${original}” is not a real date.` };
  return { ok: true, iso };
}

/**
 * A full calendar date as a UK reviewer types it, day first: 14/02/2021, 14/2/21, 14.02.2021,
 * 14-02-2021, 2021-02-14, 14 February 2021, 14th Feb 2021. Never guesses month-first.
 */
export function parseUkDate(input: string): ParsedUkDate {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'No date given.' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (numeric) return build(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]), text);
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{2}|\d{4})$/.exec(text);
  if (named) {
    const month = monthFromName(named[2]!);
    if (month === null) return { ok: false, message: `“${named[2]}” is not a month.` };
    return build(fullYear(named[3]!), month, Number(named[1]), text);
  }
  return { ok: false, message: `“${text}” is not a date this app can read: write it day first, as 14/02/2021.` };
}
