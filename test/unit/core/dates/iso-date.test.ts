import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareIsoDates, dayOfWeek, isIsoDate, parseIsoDate, toIsoDate, todayIso } from '../../../../src/core/dates/iso-date';

describe('isIsoDate', () => {
  it('accepts real calendar days', () => {
    expect(isIsoDate('2021-02-14')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2021-12-31')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isIsoDate('2021-02-31')).toBe(false);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2021-04-31')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-00-10')).toBe(false);
    expect(isIsoDate('2021-01-00')).toBe(false);
  });

  it('rejects other shapes and types', () => {
    for (const value of ['14/02/2021', '2021-2-14', '2021-02-14T00:00:00Z', ' 2021-02-14', '', '20210214']) {
      expect(isIsoDate(value)).toBe(false);
    }
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20210214)).toBe(false);
  });
});

describe('parseIsoDate and toIsoDate', () => {
  it('round-trips through UTC midnight', () => {
    const date = parseIsoDate('2021-03-28'); // the day British clocks go forward
    expect(date.toISOString()).toBe('2021-03-28T00:00:00.000Z');
    expect(toIsoDate(date)).toBe('2021-03-28');
  });

  it('does not treat two-digit years as the 1900s', () => {
    expect(toIsoDate(parseIsoDate('0099-06-01'))).toBe('0099-06-01');
  });

  it('rejects invalid input with a RangeError', () => {
    expect(() => parseIsoDate('2021-02-31')).toThrow(RangeError);
    expect(() => parseIsoDate('yesterday')).toThrow(/Not an ISO calendar date/);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it("uses the reviewer's local calendar day, even late at night", () => {
    expect(todayIso(new Date(2024, 4, 3, 23, 59))).toBe('2024-05-03');
    expect(todayIso(new Date(2024, 4, 4, 0, 1))).toBe('2024-05-04');
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareIsoDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareIsoDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareIsoDates)).toEqual(['2023-12-31', '2024-02-29', '2024-03-01']);
  });

  it('rejects invalid dates', () => {
    expect(() => compareIsoDates('2024-01-01', '2024-02-30')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-05-03', 0)).toBe('2024-05-03');
  });

  it('is not thrown by daylight saving changes', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('rejects fractional days and invalid dates', () => {
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2024-01-32', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2021-02-14', 6)).toBe('2021-08-14');
    expect(addMonths('2024-07-15', 6)).toBe('2025-01-15');
    expect(addMonths('2024-01-31', 0)).toBe('2024-01-31');
  });

  it('goes backwards with a negative count', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('rejects fractional months', () => {
    expect(() => addMonths('2024-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it('counts from Sunday as 0', () => {
    expect(dayOfWeek('2024-05-05')).toBe(0); // Sunday
    expect(dayOfWeek('2024-05-06')).toBe(1); // Monday
    expect(dayOfWeek('2024-05-03')).toBe(5); // Friday
    expect(dayOfWeek('2024-05-04')).toBe(6); // Saturday
  });
});
