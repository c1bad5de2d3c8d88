// ISO calendar dates ("2021-02-14") are the only date type in the domain. They name a calendar
// day, not an instant, so all arithmetic happens on UTC midnights: UTC has no daylight saving,
// so adding a day can never land on 23:00 the previous day.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Day of the week, JavaScript's convention: 0 is Sunday, 6 is Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDate(year, monthIndex + 1, 0).getUTCDate();
}

function parts(value: string): { year: number; monthIndex: number; day: number } | null {
  const match = isoDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (monthIndex < 0 || monthIndex > 11) return null;
  if (day < 1 || day > daysInMonth(year, monthIndex)) return null;
  return { year, monthIndex, day };
}

/** True when `value` is "YYYY-MM-DD" naming a real calendar day ("2021-02-31" is not). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parts(value) !== null;
}

/** The UTC midnight starting the given calendar day. Throws RangeError for anything else. */
export function parseIsoDate(value: string): Date {
  const p = parts(value);
  if (!p) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return utcDate(p.year, p.monthIndex, p.day);
}

/** The UTC calendar day of `date`, as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Cannot convert an invalid Date to an ISO date');
  return formatParts(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The reviewer's calendar date at `now`. Local getters on purpose: "today" is what the
 * reviewer's own clock says, not the date in Greenwich.
 */
export function todayIso(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Cannot take the date of an invalid Date');
  return formatParts(now.getFullYear(), now.getMonth(), now.getDate());
}

function formatParts(year: number, monthIndex: number, day: number): string {
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} cannot be written as an ISO calendar date`);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(day, 2)}`;
}

/** Negative when a is earlier than b, zero when the same day, positive when later (for sort). */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const diff = parseIsoDate(a).getTime() - parseIsoDate(b).getTime();
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** The date `days` calendar days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  assertInteger(days, 'Number of days');
  return toIsoDate(new Date(parseIsoDate(iso).getTime() + days * msPerDay));
}

/**
 * The date `months` calendar months after `iso`, clamped to the end of a shorter month:
 * 31 August + 6 months is 28 February (29 in a leap year), not 3 March.
 */
export function addMonths(iso: string, months: number): string {
  assertInteger(months, 'Number of months');
  const date = parseIsoDate(iso);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  return toIsoDate(utcDate(year, monthIndex, day));
}

/** The weekday of `iso`: 0 is Sunday, 6 is Saturday. */
export function dayOfWeek(iso: string): DayOfWeek {
  return parseIsoDate(iso).getUTCDay() as DayOfWeek;
}

/** The calendar year of `iso`. */
export function isoYear(iso: string): number {
  return parseIsoDate(iso).getUTCFullYear();
}
