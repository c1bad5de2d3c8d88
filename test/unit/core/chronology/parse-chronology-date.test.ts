import { describe, expect, it } from 'vitest';
import { parseChronologyDate, parseChronologyTime } from '../../../../src/core/chronology/parse-chronology-date';

const day = (date: string, extra: { approximate?: boolean; time?: string | null } = {}) => ({
  ok: true,
  value: { date, precision: 'day', approximate: extra.approximate ?? false, time: extra.time ?? null },
});

describe('chronology dates, day first', () => {
  it.each([
    ['14/06/2020', '2020-06-14'],
    ['14/6/20', '2020-06-14'],
    ['2020-06-14', '2020-06-14'],
    ['14.06.2020', '2020-06-14'],
    ['14-06-2020', '2020-06-14'],
    ['3 Mar 2020', '2020-03-03'],
    ['3rd March 2020', '2020-03-03'],
    ['21st Sept 2020', '2020-09-21'],
    ['3-Mar-2020', '2020-03-03'],
    ['Tuesday 3 March 2020', '2020-03-03'],
    ['March 3rd, 2020', '2020-03-03'],
    ['05/04/2021', '2021-04-05'],
    ['  1/2/2019 ', '2019-02-01'],
    ['29/02/2020', '2020-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseChronologyDate(text)).toEqual(day(iso));
  });

  it.each([
    ['March 2020', '2020-03'],
    ['Mar 2020', '2020-03'],
    ['Feb 2021', '2021-02'],
    ['06/2020', '2020-06'],
    ['2020-06', '2020-06'],
    ['?/04/2022', '2022-04'],
    ['??/04/2022', '2022-04'],
    ['XX/04/2022', '2022-04'],
  ])('reads %s as the month %s', (text, month) => {
    expect(parseChronologyDate(text)).toEqual({ ok: true, value: { date: month, precision: 'month', approximate: false, time: null } });
  });

  it('reads a year alone as the year', () => {
    expect(parseChronologyDate('2020')).toEqual({ ok: true, value: { date: '2020', precision: 'year', approximate: false, time: null } });
  });

  it.each([
    ['c. June 2020', '2020-06', 'month'],
    ['c June 2020', '2020-06', 'month'],
    ['circa 2019', '2019', 'year'],
    ['approx. 14/06/2020', '2020-06-14', 'day'],
    ['Approx 14/06/2020', '2020-06-14', 'day'],
    ['14/06/2020 (approx)', '2020-06-14', 'day'],
    ['around March 2021', '2021-03', 'month'],
    ['14/06/2020?', '2020-06-14', 'day'],
  ])('marks %s as approximate', (text, date, precision) => {
    expect(parseChronologyDate(text)).toEqual({ ok: true, value: { date, precision, approximate: true, time: null } });
  });

  it.each([
    ['14/06/2020 23:40', '23:40'],
    ['14/06/2020 9.05', '09:05'],
    ['2020-06-14T23:40', '23:40'],
    ['2020-06-14T23:40:00', '23:40'],
    ['14/06/2020 at 11.40pm', '23:40'],
    ['14 June 2020 7am', '07:00'],
  ])('takes the time from %s', (text, time) => {
    expect(parseChronologyDate(text)).toEqual(day('2020-06-14', { time }));
  });

  describe('errors, never guesses', () => {
    it('refuses a day that does not exist, saying why', () => {
      expect(parseChronologyDate('31/02/2021')).toEqual({ ok: false, message: '“31/02/2021” is not a real date: February 2021 has 28 days.' });
      expect(parseChronologyDate('31/09/2022')).toEqual({ ok: false, message: '“31/09/2022” is not a real date: September 2022 has 30 days.' });
      expect(parseChronologyDate('29/02/2021')).toMatchObject({ ok: false });
    });

    it('refuses a date that only makes sense month first, and does not swap it', () => {
      const result = parseChronologyDate('05/13/2021');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain('only makes sense month first');
    });

    it.each(['', '   ', 'yesterday', '14/06', '32/01/2020', '00/01/2020', '2020-13-01', 'Smarch 2020', '14/06/2020 25:00', 'June 2020 10:00'])(
      'refuses %j',
      (text) => {
        expect(parseChronologyDate(text).ok).toBe(false);
      },
    );
  });
});

describe('chronology times', () => {
  it.each([
    ['22:15', '22:15'],
    ['9:00', '09:00'],
    ['09.00', '09:00'],
    ['2215', '22:15'],
    ['10:30am', '10:30'],
    ['12am', '00:00'],
    ['12:30 pm', '12:30'],
    ['11pm', '23:00'],
    ['', null],
  ])('reads %j as %j', (text, time) => {
    expect(parseChronologyTime(text)).toEqual({ ok: true, time });
  });

  it.each(['25:00', '12:60', '13pm', 'noonish', '14'])('refuses %j', (text) => {
    expect(parseChronologyTime(text).ok).toBe(false);
  });
});

describe('spreadsheet cells', () => {
  it('reads an Excel date cell as its day, keeping a time of day', async () => {
    const { parseCellDate, cellText } = await import('../../../../src/core/chronology/cell-date');
    expect(parseCellDate(new Date(Date.UTC(2018, 10, 23)))).toEqual(day('2018-11-23'));
    expect(parseCellDate(new Date(Date.UTC(2023, 0, 9, 19, 20)))).toEqual({
      ok: true,
      value: { date: '2023-01-09', precision: 'day', approximate: false, time: '19:20' },
    });
    expect(parseCellDate(2021)).toEqual({ ok: true, value: { date: '2021', precision: 'year', approximate: false, time: null } });
    expect(parseCellDate(44171).ok).toBe(false);
    expect(parseCellDate('Feb 2021')).toEqual({ ok: true, value: { date: '2021-02', precision: 'month', approximate: false, time: null } });
    // An Excel time cell (a time on 30 December 1899) reads as the time.
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 10, 30)))).toBe('10:30');
  });
});
