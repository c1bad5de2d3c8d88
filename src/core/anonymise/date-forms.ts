import { ukMonthNames } from '../dates/format-uk-date';

const ordinal = (day: number) =>
  `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

/**
 * Every usual written form of a calendar date, for finding a registered date (a date of birth)
 * however it is written: 22/11/2018, 22.11.18, 22-11-2018, 2018-11-22, 22 November 2018,
 * 22nd Nov 2018, 22nd of November 2018, November 22, 2018 …
 */
export function dateForms(iso: string): string[] {
  const [yearText, monthText, dayText] = iso.split('-');
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const shortYear = String(year % 100).padStart(2, '0');
  const forms = new Set<string>();
  for (const dd of new Set([String(day).padStart(2, '0'), String(day)])) {
    for (const mm of new Set([String(month).padStart(2, '0'), String(month)])) {
      for (const separator of ['/', '.', '-']) {
        forms.add(`${dd}${separator}${mm}${separator}${year}`);
        forms.add(`${dd}${separator}${mm}${separator}${shortYear}`);
      }
    }
  }
  forms.add(iso);
  const full = ukMonthNames[month - 1]!;
  const names = new Set([full, full.slice(0, 3), full === 'September' ? 'Sept' : full.slice(0, 3)]);
  for (const name of names) {
    for (const dayForm of [String(day), ordinal(day)]) {
      forms.add(`${dayForm} ${name} ${year}`);
      forms.add(`${dayForm} of ${name} ${year}`);
      forms.add(`${dayForm} ${name}, ${year}`);
      forms.add(`${name} ${dayForm}, ${year}`);
      forms.add(`${name} ${dayForm} ${year}`);
      forms.add(`${dayForm} ${name} ${shortYear}`);
    }
  }
  return [...forms].map((form) => form.toLowerCase());
}
