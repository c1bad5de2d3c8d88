import { ukMonthNames } from '../dates/format-uk-date';
import { isIsoDate } from '../dates/iso-date';
import { fullYear, monthFromName } from '../dates/parse-uk-date';
import type { ChronologyDate, ParsedChronologyDate } from './chronology-date';
import type { Result } from '../result';

// Dates as agencies write them in chronologies, day first as in the UK. A date that is not a
// real day, or that only makes sense month-first, is an error: never swapped or guessed.

const pad = (n: number) => String(n).padStart(2, '0');
const approximateBefore = /^(?:circa|approximately|approx\.?|around|about|ca\.?|c\.?|~)(?![a-z])\s*/i;
const approximateAfter = /\s*(?:\((?:approx\.?|approximate|approximately|circa|estimated)\)|approx\.?|\?)$/i;
const weekday = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** Longer than any date as written ("Wednesday, 23rd September 2020 at 11.40pm (approx)"). */
const maxDateLength = 100;
/** A cell quoted in a message: its start is enough to find it, and a whole pasted paragraph is not. */
const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

export type ParsedTime = Result<{ time: string | null }>;

/** "22:15", "9:00", "09.00", "2215", "10:30am", "11pm" → "HH:MM"; blank → null. */
export function parseChronologyTime(input: string): ParsedTime {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  if (text === '') return { ok: true, time: null };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?(?:hrs|h)?$/.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined && match[1]!.length < 3)) {
    // A bare "14" is not a time; "1415" is read by the pattern above as 14:15 only with 4 digits.
    const fourDigits = /^(\d{2})(\d{2})(?:hrs|h)?$/.exec(text);
    if (fourDigits) return checkTime(Number(fourDigits[1]), Number(fourDigits[2]), input);
    return { ok: false, message: `${quoted(input.trim())} is not a time: write it as 22:15.` };
  }
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return { ok: false, message: `${quoted(input.trim())} is not a time.` };
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return checkTime(hours, minutes, input);
}

function checkTime(hours: number, minutes: number, input: string): ParsedTime {
  if (hours > 23 || minutes > 59) return { ok: false, message: `${quoted(input.trim())} is not a time.` };
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}` };
}

function dayDate(year: number, month: number, day: number, original: string): ParsedChronologyDate | string {
  if (month < 1 || month > 12) {
    if (month > 12 && month <= 31 && day >= 1 && day <= 12) {
      return `“${original}” only makes sense month first (there is no month ${month}); UK dates are day first: check it with the agency and write it as ${pad(month)}/${pad(day)}/${year} if that is what they meant.`;
    }
    return `“${original}” has no month ${month}.`;
  }
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(iso)) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `“${original}” is not a real date: ${ukMonthNames[month - 1]} ${year} has ${lastDay} days.`;
  }
  return iso;
}

function monthDate(year: number, month: number, original: string): string {
  if (month < 1 || month > 12) return `“${original}” has no month ${month}.`;
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

const isError = (value: string) => value.startsWith('“');

/** Reads the date part (no time, no "approx."), returning an ISO date or month, or an error. */
function readDate(text: string, original: string): string | null {
  let match: RegExpExecArray | null;
  // 2020-06-14, 2020-06, 2020/06/14
  if ((match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text))) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]), original) as string;
  if ((match = /^(\d{4})-(\d{1,2})$/.exec(text))) return monthDate(Number(match[1]), Number(match[2]), original);
  // 14/06/2020, 14/6/20, 14.06.2020, 14-06-2020
  if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text)))
    return dayDate(fullYear(match[3]!), Number(match[2]), Number(match[1]), original) as string;
  // ?/04/2022, xx/04/2022: the day is not known, so the month is the precision.
  if ((match = /^(?:\?{1,2}|x{1,2}|-{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/i.exec(text))) return monthDate(fullYear(match[2]!), Number(match[1]), original);
  // 06/2020
  if ((match = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) return monthDate(Number(match[2]), Number(match[1]), original);
  // 3 Mar 2020, 3rd March 2020, 3-Mar-2020, 3 March, 2020
  if ((match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([a-z]+\.?)[\s,-]+(\d{4}|\d{2})$/i.exec(text))) {
    const month = monthFromName(match[2]!);
    if (month === null) return `“${original}”: “${match[2]}” is not a month.`;
    return dayDate(fullYear(match[3]!), month, Number(match[1]), original) as string;
  }
  // March 3rd, 2020: month named first is still unambiguous.
  if ((match = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text))) {
    const month = monthFromName(match[1]!);
    if (month === null) return `“${original}”: “${match[1]}” is not a month.`;
    return dayDate(Number(match[3]), month, Number(match[2]), original) as string;
  }
  // March 2020, Mar-2020, Sept 2020
  if ((match = /^([a-z]+\.?)[\s,-]+(\d{4})$/i.exec(text))) {
    const month = monthFromName(match[1]!);
    if (month === null) return `“${original}”: “${match[1]}” is not a month.`;
    return monthDate(Number(match[2]), month, original);
  }
  // 2020
  if ((match = /^(\d{4})$/.exec(text))) return match[1]!;
  return null;
}

/**
 * A chronology date as written: "14/06/2020", "14/6/20", "2020-06-14", "14.06.2020",
 * "3 Mar 2020", "3rd March 2020", "March 2020", "2020", "c. June 2020", "?/04/2022", with an
 * optional time ("14/06/2020 23:40", "2020-06-14T23:40", "14/06/2020 at 11.40pm").
 */
export function parseChronologyDate(input: string): ParsedChronologyDate {
  const original = input.trim().replace(/\s+/g, ' ');
  if (original === '') return { ok: false, message: 'No date.' };
  // Not a date, and the patterns below would take time growing with the square of its length.
  if (original.length > maxDateLength) return { ok: false, message: `${quoted(original)} is not a date: it is ${original.length} characters long.` };
  let text = original;
  let approximate = false;
  for (const pattern of [approximateBefore, approximateAfter]) {
    if (pattern.test(text)) {
      approximate = true;
      text = text.replace(pattern, '').trim();
    }
  }
  text = text.replace(weekday, '');

  let time: string | null = null;
  const withTime = /^(.*?)(?:[T\s]+(?:at\s+)?)(\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))$/i.exec(text);
  if (withTime && readDate(withTime[1]!.trim(), original) !== null) {
    const parsedTime = parseChronologyTime(withTime[2]!);
    if (!parsedTime.ok) return parsedTime;
    time = parsedTime.time;
    text = withTime[1]!.trim();
  }

  const date = readDate(text, original);
  if (date === null)
    return { ok: false, message: `“${original}” is not a date this app can read: write it day first, as 14/06/2020, or as June 2020 or 2020.` };
  if (isError(date)) return { ok: false, message: date };
  if (time !== null && date.length !== 10) return { ok: false, message: `“${original}” gives a time but no day.` };
  const value: ChronologyDate = { date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', approximate, time };
  return { ok: true, value };
}
