import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../../src/core/dates/working-days';

describe('isWorkingDay', () => {
  it('is Monday to Friday except bank holidays', () => {
    expect(isWorkingDay('2024-05-03')).toBe(true); // Friday
    expect(isWorkingDay('2024-05-04')).toBe(false); // Saturday
    expect(isWorkingDay('2024-05-05')).toBe(false); // Sunday
    expect(isWorkingDay('2024-05-06')).toBe(false); // Early May bank holiday
    expect(isWorkingDay('2024-05-07')).toBe(true);
  });

  it('refuses dates outside the bank-holiday table, weekends included', () => {
    expect(() => isWorkingDay('2031-03-03')).toThrow(RangeError);
    expect(() => isWorkingDay('2031-03-01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day and skips bank holidays', () => {
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-07');
  });

  it('counts from a weekend start as from the Friday before', () => {
    expect(addWorkingDays('2024-05-04', 1)).toBe('2024-05-07');
    expect(addWorkingDays('2024-06-08', 1)).toBe('2024-06-10');
  });

  it('returns the start date unchanged for zero', () => {
    expect(addWorkingDays('2024-05-04', 0)).toBe('2024-05-04');
  });

  it('without holidays, 15 working days is three weeks', () => {
    // Monday 3 June 2024 → Monday 24 June 2024.
    expect(addWorkingDays('2024-06-03', 15)).toBe('2024-06-24');
  });

  it('moves the rapid review date for a bank holiday inside the 15 days', () => {
    // Monday 22 April 2024: 23–26 Apr (4), 29 Apr–3 May (9), Mon 6 May is a holiday,
    // 7–10 May (13), 13 May (14), Tuesday 14 May (15).
    expect(addWorkingDays('2024-04-22', 15)).toBe('2024-05-14');
  });

  it('spans Christmas and New Year', () => {
    // Friday 20 December 2024: 23, 24, 27, 30, 31 Dec (5), 2, 3 Jan (7), 6–10 Jan (12),
    // 13, 14 Jan (14), Wednesday 15 January 2025 (15). 25, 26 Dec and 1 Jan are holidays.
    expect(addWorkingDays('2024-12-20', 15)).toBe('2025-01-15');
    // 2021: Christmas Day and Boxing Day fell on the weekend, substitutes 27 and 28 December.
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
  });

  it('spans Easter', () => {
    // Thursday 17 April 2025: Good Friday 18th and Easter Monday 21st are holidays.
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    // 22–25 Apr (4), 28 Apr–2 May (9), Mon 5 May holiday, 6–9 May (13), 12 (14), 13 May (15).
    expect(addWorkingDays('2025-04-17', 15)).toBe('2025-05-13');
  });

  it('allows a start just before the table when every day counted is inside it', () => {
    expect(addWorkingDays('2017-12-31', 1)).toBe('2018-01-02');
  });

  it('throws a RangeError when the count runs outside the bank-holiday table', () => {
    expect(() => addWorkingDays('2030-12-20', 15)).toThrow(RangeError);
    expect(() => addWorkingDays('2030-12-20', 15)).toThrow(/2018–2030/);
    expect(() => addWorkingDays('2017-12-29', 1)).toThrow(RangeError);
  });

  it('runs right up to the end of the table', () => {
    // Monday 30 December 2030 → Tuesday 31 December 2030.
    expect(addWorkingDays('2030-12-30', 1)).toBe('2030-12-31');
  });

  it('rejects invalid input', () => {
    expect(() => addWorkingDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-05-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-05-03', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-05-03', '2024-05-07')).toBe(1);
    expect(workingDaysBetween('2024-04-22', '2024-05-14')).toBe(15);
    expect(workingDaysBetween('2024-05-07', '2024-05-07')).toBe(0);
    expect(workingDaysBetween('2024-05-08', '2024-05-07')).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2024-04-22', '2024-12-20', '2025-04-17', '2022-05-27']) {
      expect(workingDaysBetween(start, addWorkingDays(start, 15))).toBe(15);
    }
  });
});
