// Dates as a UK reader expects them in a report: "14 February 2021", never "February 14".
// Written by hand rather than with Intl so the output does not depend on the machine's locale
// or ICU data.

import { dayOfWeek, parseIsoDate } from './iso-date';

export const ukMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "2021-02-14" → "14 February 2021". Throws RangeError for an invalid date. */
export function formatLongUkDate(iso: string): string {
  const date = parseIsoDate(iso);
  return `${date.getUTCDate()} ${ukMonthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2021-02-14" → "14/02/2021". Throws RangeError for an invalid date. */
export function formatShortUkDate(iso: string): string {
  parseIsoDate(iso);
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** "2021-02-14" → "Sunday 14 February 2021". Throws RangeError for an invalid date. */
export function formatLongUkDateWithDay(iso: string): string {
  return `${dayNames[dayOfWeek(iso)]} ${formatLongUkDate(iso)}`;
}
