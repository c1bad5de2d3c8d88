import { addDays, dayOfWeek } from './iso-date';

/** The first day of the month containing `iso`: "2025-03-17" → "2025-03-01". */
export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/**
 * The weeks a calendar shows for the month containing `iso`, Monday first as UK calendars are:
 * whole weeks of ISO dates, with the days of the neighbouring months that fill the first and
 * last week.
 */
export function calendarMonthWeeks(iso: string): string[][] {
  const first = startOfMonth(iso);
  const month = first.slice(0, 7);
  // Monday is 1 in JavaScript's convention; Sunday (0) is the seventh day of a UK week.
  const leading = (dayOfWeek(first) + 6) % 7;
  let day = addDays(first, -leading);
  const weeks: string[][] = [];
  while (weeks.length === 0 || day.slice(0, 7) === month) {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}
