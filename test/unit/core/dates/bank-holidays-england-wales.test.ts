import { describe, expect, it } from 'vitest';
import { easterSunday, ruleBasedBankHolidays } from '../../../../src/core/dates/bank-holiday-rules';
import {
  bankHolidayCoverage,
  bankHolidaysEnglandWales,
  isBankHoliday,
  isWithinBankHolidayCoverage,
} from '../../../../src/core/dates/bank-holidays-england-wales';
import { compareIsoDates, dayOfWeek, isIsoDate } from '../../../../src/core/dates/iso-date';

const years = Array.from({ length: bankHolidayCoverage.last - bankHolidayCoverage.first + 1 }, (_, i) => bankHolidayCoverage.first + i);

function tableFor(year: number): string[] {
  return bankHolidaysEnglandWales.filter((h) => h.date.startsWith(`${year}-`)).map((h) => `${h.date} ${h.name}`);
}

// Holidays changed by proclamation: what the usual rules give that did not happen, and what was
// added. Everything else in the table must match the rules exactly, names included.
const oneOffChanges: Record<number, { removed: string[]; added: string[] }> = {
  2020: {
    removed: ['2020-05-04 Early May bank holiday'],
    added: ['2020-05-08 Early May bank holiday (VE Day)'],
  },
  2022: {
    removed: ['2022-05-30 Spring bank holiday'],
    added: [
      '2022-06-02 Spring bank holiday',
      '2022-06-03 Platinum Jubilee bank holiday',
      '2022-09-19 Bank holiday for the State Funeral of Queen Elizabeth II',
    ],
  },
  2023: {
    removed: [],
    added: ['2023-05-08 Bank holiday for the coronation of King Charles III'],
  },
};

describe('easterSunday', () => {
  it('matches published Easter dates', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible
      1943: '1943-04-25', // latest possible
      2000: '2000-04-23',
      2018: '2018-04-01',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(easterSunday(Number(year)), `Easter ${year}`).toBe(date);
      expect(dayOfWeek(date)).toBe(0);
    }
  });
});

describe('bankHolidaysEnglandWales table', () => {
  it('holds valid, unique dates in order, all within the coverage years', () => {
    const dates = bankHolidaysEnglandWales.map((h) => h.date);
    expect(dates.every(isIsoDate)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort(compareIsoDates)).toEqual(dates);
    expect(dates.every(isWithinBankHolidayCoverage)).toBe(true);
    expect(bankHolidaysEnglandWales.every((h) => h.name.trim().length > 0)).toBe(true);
  });

  it('never puts a bank holiday on a weekend', () => {
    for (const { date } of bankHolidaysEnglandWales) {
      expect([0, 6], date).not.toContain(dayOfWeek(date));
    }
  });

  it.each(years)('matches the usual rules for %i, apart from the listed one-off changes', (year) => {
    const change = oneOffChanges[year] ?? { removed: [], added: [] };
    const rules = ruleBasedBankHolidays(year).map((h) => `${h.date} ${h.name}`);
    for (const removed of change.removed) expect(rules).toContain(removed);
    const expected = [...rules.filter((h) => !change.removed.includes(h)), ...change.added].sort();
    expect(tableFor(year)).toEqual(expected);
  });

  it('has eight bank holidays in an ordinary year and the right number in the one-off years', () => {
    for (const year of years) {
      const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8;
      expect(tableFor(year), String(year)).toHaveLength(expected);
    }
  });

  it.each([
    [2018, ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26']],
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2024, ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('matches the dates published on GOV.UK for %i', (year, published) => {
    expect(tableFor(year).map((h) => h.slice(0, 10))).toEqual(published);
  });
});

describe('isBankHoliday', () => {
  it('knows bank holidays, including one-offs', () => {
    expect(isBankHoliday('2024-05-06')).toBe(true);
    expect(isBankHoliday('2022-09-19')).toBe(true);
    expect(isBankHoliday('2023-05-08')).toBe(true);
    expect(isBankHoliday('2020-05-08')).toBe(true);
  });

  it('knows ordinary days, including dates the usual rules would wrongly call holidays', () => {
    expect(isBankHoliday('2024-05-07')).toBe(false);
    expect(isBankHoliday('2020-05-04')).toBe(false); // moved to VE Day
    expect(isBankHoliday('2022-05-30')).toBe(false); // moved to 2 June
    expect(isBankHoliday('2021-12-25')).toBe(false); // Saturday; substitute on the 27th
    expect(isBankHoliday('2022-01-01')).toBe(false);
  });

  it('refuses years it cannot vouch for, and invalid dates', () => {
    expect(() => isBankHoliday('2017-12-25')).toThrow(RangeError);
    expect(() => isBankHoliday('2031-01-01')).toThrow(/2018–2030/);
    expect(() => isBankHoliday('2024-02-30')).toThrow(RangeError);
  });
});
