import { describe, expect, it } from 'vitest';
import { formatLongUkDate, formatLongUkDateWithDay, formatShortUkDate } from '../../../../src/core/dates/format-uk-date';

describe('UK date formats', () => {
  it('writes the long form day first, without a leading zero', () => {
    expect(formatLongUkDate('2021-02-14')).toBe('14 February 2021');
    expect(formatLongUkDate('2024-05-06')).toBe('6 May 2024');
    expect(formatLongUkDate('2030-12-31')).toBe('31 December 2030');
  });

  it('writes the short form as DD/MM/YYYY', () => {
    expect(formatShortUkDate('2021-02-14')).toBe('14/02/2021');
    expect(formatShortUkDate('2024-05-06')).toBe('06/05/2024');
  });

  it('adds the weekday when asked', () => {
    expect(formatLongUkDateWithDay('2021-02-14')).toBe('Sunday 14 February 2021');
    expect(formatLongUkDateWithDay('2024-05-03')).toBe('Friday 3 May 2024');
  });

  it('rejects invalid dates', () => {
    expect(() => formatLongUkDate('2021-02-31')).toThrow(RangeError);
    expect(() => formatShortUkDate('14/02/2021')).toThrow(RangeError);
    expect(() => formatLongUkDateWithDay('')).toThrow(RangeError);
  });
});
