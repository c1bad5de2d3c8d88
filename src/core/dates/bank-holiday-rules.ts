// The usual rules for bank holidays in England and Wales (Banking and Financial Dealings Act
// 1971 plus the customary substitute days). Real years can differ by proclamation, so the app
// reads the literal table; these rules exist to cross-check that table in tests.

import type { BankHoliday } from './bank-holidays-england-wales';
import { addDays, dayOfWeek, parseIsoDate } from './iso-date';

/** Easter Sunday in the Gregorian calendar (the anonymous, or Meeus/Jones/Butcher, algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** "YYYY-MM-DD" from parts; parseIsoDate rejects anything that is not a real day. */
function iso(year: number, month: number, day: number): string {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  parseIsoDate(text);
  return text;
}

function firstMonday(year: number, month: number): string {
  const first = iso(year, month, 1);
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = month === 12 ? iso(year, 12, 31) : addDays(iso(year, month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

function newYearsDay(year: number): BankHoliday {
  const date = iso(year, 1, 1);
  const weekday = dayOfWeek(date);
  if (weekday === 6) return { date: addDays(date, 2), name: "New Year's Day (substitute day)" };
  if (weekday === 0) return { date: addDays(date, 1), name: "New Year's Day (substitute day)" };
  return { date, name: "New Year's Day" };
}

function christmasAndBoxingDay(year: number): BankHoliday[] {
  const christmas = iso(year, 12, 25);
  switch (dayOfWeek(christmas)) {
    case 5: // Friday: Boxing Day falls on Saturday, so moves to Monday 28th.
      return [
        { date: christmas, name: 'Christmas Day' },
        { date: iso(year, 12, 28), name: 'Boxing Day (substitute day)' },
      ];
    case 6: // Saturday: both move, to Monday 27th and Tuesday 28th.
      return [
        { date: iso(year, 12, 27), name: 'Christmas Day (substitute day)' },
        { date: iso(year, 12, 28), name: 'Boxing Day (substitute day)' },
      ];
    case 0: // Sunday: Boxing Day keeps Monday 26th, Christmas moves to Tuesday 27th.
      return [
        { date: iso(year, 12, 26), name: 'Boxing Day' },
        { date: iso(year, 12, 27), name: 'Christmas Day (substitute day)' },
      ];
    default:
      return [
        { date: christmas, name: 'Christmas Day' },
        { date: iso(year, 12, 26), name: 'Boxing Day' },
      ];
  }
}

/** The bank holidays `year` would have under the usual rules, in date order. */
export function ruleBasedBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  return [
    newYearsDay(year),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    ...christmasAndBoxingDay(year),
  ];
}
