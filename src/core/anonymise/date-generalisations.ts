import { ukMonthNames } from '../dates/format-uk-date';
import { parseUkDate } from '../dates/parse-uk-date';

// A full date in a published report can point to a family: "on 14 March 2021" becomes a month,
// a part of the year, a season, the year, or the child's age then. The reviewer chooses; these
// are suggestions worked out from the date itself and, when registered, the child's birth date.

const numberWords = [
  'nought',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
];

function season(month: number, year: number): string {
  if (month >= 3 && month <= 5) return `in spring ${year}`;
  if (month >= 6 && month <= 8) return `in summer ${year}`;
  if (month >= 9 && month <= 11) return `in autumn ${year}`;
  // December belongs to the winter that ends in the next year.
  return month === 12 ? `in winter ${year}–${String(year + 1).slice(2)}` : `in winter ${year - 1}–${String(year).slice(2)}`;
}

function partOfYear(month: number, year: number): string {
  return `in ${month <= 4 ? 'early' : month <= 8 ? 'mid-' : 'late'}${month <= 4 || month > 8 ? ' ' : ''}${year}`;
}

/** Whole months from one ISO date to a later one. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** "when Leo was two", "when Leo was eight months old"; null before the birth. */
function ageThen(iso: string, birth: { iso: string; name: string }): string | null {
  const months = monthsBetween(birth.iso, iso);
  if (months < 0) return null;
  if (months < 24)
    return months < 1 ? `when ${birth.name} was a newborn` : `when ${birth.name} was ${numberWords[months] ?? months} month${months === 1 ? '' : 's'} old`;
  const years = Math.floor(months / 12);
  return `when ${birth.name} was ${numberWords[years] ?? years}`;
}

/**
 * Less precise ways to say a date, most precise first: "in March 2021", "in early 2021", "in spring
 * 2021", "in 2021", and "when Leo was two" when the child's birth date is known. Empty when the
 * text is not a full date.
 */
export function dateGeneralisations(text: string, birth?: { iso: string; name: string } | null): string[] {
  const parsed = parseUkDate(text.replace(/^(on|dated)\s+/i, '').replace(/(\d)(st|nd|rd|th)\b/gi, '$1'));
  if (!parsed.ok) return [];
  const [year, month] = parsed.iso.split('-').map(Number) as [number, number];
  const age = birth ? ageThen(parsed.iso, birth) : null;
  return [`in ${ukMonthNames[month - 1]} ${year}`, partOfYear(month, year), season(month, year), `in ${year}`, ...(age ? [age] : [])];
}
