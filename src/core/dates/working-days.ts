// Working days as statutory guidance counts them: Monday to Friday, excluding bank holidays in
// England and Wales. Bank holidays are only known for the table's years, so any count that has to
// look at a day outside them throws rather than silently treating it as an ordinary day.

import { bankHolidayCoverage, isBankHoliday, isWithinBankHolidayCoverage } from './bank-holidays-england-wales';
import { addDays, compareIsoDates, dayOfWeek, parseIsoDate } from './iso-date';

function assertCovered(iso: string): void {
  if (!isWithinBankHolidayCoverage(iso)) {
    throw new RangeError(
      `Cannot count working days past ${iso}: bank holidays are only known for ` + `${bankHolidayCoverage.first}–${bankHolidayCoverage.last}`,
    );
  }
}

/** True on Monday to Friday when not a bank holiday. Throws RangeError outside the table's years. */
export function isWorkingDay(iso: string): boolean {
  const weekday = dayOfWeek(iso);
  if (weekday === 0 || weekday === 6) {
    // A weekend is never a working day, but stay strict so callers learn about coverage early.
    assertCovered(iso);
    return false;
  }
  return !isBankHoliday(iso);
}

/**
 * The date `n` working days after `iso`. The start day itself does not count, whatever it is:
 * notified on Friday 3 May 2024, 1 working day later is Tuesday 7 May (Monday 6 May is a bank
 * holiday). `n` must be a whole number ≥ 0; with 0 the start date comes back unchanged.
 * Throws RangeError when a day it has to examine lies outside the bank-holiday table.
 */
export function addWorkingDays(iso: string, n: number): string {
  parseIsoDate(iso);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Number of working days must be a whole number of 0 or more, got ${n}`);
  }
  let date = iso;
  let remaining = n;
  while (remaining > 0) {
    date = addDays(date, 1);
    assertCovered(date);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}

/**
 * How many working days fall after `from` up to and including `to` (0 when `to` is not later).
 * Working days between today and a due date: 0 means it is due today.
 */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let date = from; compareIsoDates(date, to) < 0;) {
    date = addDays(date, 1);
    assertCovered(date);
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}
