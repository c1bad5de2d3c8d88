import { describe, expect, it } from 'vitest';
import { parseUkDate } from '../../../../src/core/dates/parse-uk-date';

describe('parseUkDate', () => {
  it.each([
    ['14/02/2021', '2021-02-14'],
    ['14/2/21', '2021-02-14'],
    ['3/5/2021', '2021-05-03'],
    ['14.02.2021', '2021-02-14'],
    ['14-02-2021', '2021-02-14'],
    ['2021-02-14', '2021-02-14'],
    ['14 February 2021', '2021-02-14'],
    ['14th Feb 2021', '2021-02-14'],
    ['1st Sept 2022', '2022-09-01'],
    ['22 Nov 18', '2018-11-22'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %s day first', (input, iso) => {
    expect(parseUkDate(input)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31/02/2021', /not a real date/],
    ['29/02/2023', /not a real date/],
    ['05/13/2021', /no month 13: dates are day first/],
    ['14 Febtober 2021', /not a month/],
    ['yesterday', /write it day first/],
    ['', /No date/],
  ])('refuses %s', (input, message) => {
    const result = parseUkDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
