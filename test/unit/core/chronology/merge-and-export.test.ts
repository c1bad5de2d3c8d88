import { describe, expect, it } from 'vitest';
import { chronologyToCsv, formatChronologyDate } from '../../../../src/core/chronology/chronology-csv';
import type { ChronologyEntry } from '../../../../src/core/chronology/chronology-entry';
import { findPossibleDuplicates } from '../../../../src/core/chronology/find-possible-duplicates';
import { importChronologySheet } from '../../../../src/core/chronology/import-chronology-sheet';
import { readChronologyFile } from '../../../../src/core/chronology/read-chronology-file';
import { chronologySortKey, sortChronology } from '../../../../src/core/chronology/sort-chronology';

let counter = 0;
function entry(overrides: Partial<ChronologyEntry>): ChronologyEntry {
  counter += 1;
  const base = {
    id: `e${counter}`,
    caseId: 'c',
    date: '2020-06-14',
    precision: 'day' as const,
    approximate: false,
    time: null,
    agency: 'Police',
    source: '',
    role: '',
    text: 'Something happened',
    outcome: '',
    analysis: '',
    episodeIds: [],
    origin: null,
    sequence: counter,
    ...overrides,
  };
  return { ...base, sortKey: chronologySortKey(base) };
}

describe('date order that respects precision', () => {
  it('puts a year-only entry at the start of its year, a month-only one at the start of its month, untimed before timed, and keeps ties in import order', () => {
    const list = [
      entry({ id: 'day-1-timed', date: '2020-06-01', time: '09:00' }),
      entry({ id: 'day-1', date: '2020-06-01' }),
      entry({ id: 'june', date: '2020-06', precision: 'month' }),
      entry({ id: 'may-31', date: '2020-05-31' }),
      entry({ id: 'year', date: '2020', precision: 'year' }),
      entry({ id: 'day-1-second', date: '2020-06-01' }),
      entry({ id: 'late-night', date: '2020-06-01', time: '23:40' }),
    ];
    expect(sortChronology(list).map((item) => item.id)).toEqual(['year', 'may-31', 'june', 'day-1', 'day-1-second', 'day-1-timed', 'late-night']);
  });
});

describe('possible duplicates across agencies', () => {
  it('links the same meeting recorded by two agencies on the same day, both ways', () => {
    const police = entry({ id: 'p', agency: 'Police', date: '2022-12-01', text: 'Attended multi-agency meeting about Leo’s weight' });
    const school = entry({ id: 's', agency: 'School', date: '2022-12-01', text: 'Multi-agency meeting' });
    const other = entry({ id: 'o', agency: 'Health', date: '2022-12-01', text: 'Home visit, child seen' });
    const links = findPossibleDuplicates([police, school, other]);
    expect(links.get('p')).toEqual(['s']);
    expect(links.get('s')).toEqual(['p']);
    expect(links.has('o')).toBe(false);
  });

  it('does not link entries of the same agency, different days, or month-only dates', () => {
    const a = entry({ agency: 'Police', date: '2022-12-01', text: 'Strategy meeting held' });
    const b = entry({ agency: 'Police', date: '2022-12-01', text: 'Strategy meeting held' });
    const c = entry({ agency: 'School', date: '2022-12-02', text: 'Strategy meeting held' });
    const d = entry({ agency: 'Health', date: '2022-12', precision: 'month', text: 'Strategy meeting held' });
    expect(findPossibleDuplicates([a, b, c, d]).size).toBe(0);
  });
});

describe('CSV export', () => {
  it('writes dates as a UK reader expects them, with their precision', () => {
    expect(formatChronologyDate({ date: '2020-06-14', precision: 'day', approximate: false })).toBe('14/06/2020');
    expect(formatChronologyDate({ date: '2020-06', precision: 'month', approximate: true })).toBe('c. June 2020');
    expect(formatChronologyDate({ date: '2020', precision: 'year', approximate: false })).toBe('2020');
  });

  it('starts with a byte-order mark for Excel, quotes formulae, and reads back as the same entries', async () => {
    const list = sortChronology([
      entry({
        date: '2021-03-12',
        time: '22:15',
        agency: 'Police',
        source: 'Incident log',
        role: 'Response officer',
        text: 'Line one,\n“line two” £50 – done',
        outcome: 'NFA',
        analysis: 'Missed chance',
      }),
      entry({ date: '2022-04', precision: 'month', approximate: true, agency: 'School', text: '=HYPERLINK("x")', episodeIds: ['ep1'] }),
      entry({ date: '2019', precision: 'year', agency: 'Health', text: '-3 kg since last weighed' }),
    ]);
    const csv = chronologyToCsv(list, new Map([['ep1', 'Episode 1: the referral']]));
    expect(csv.startsWith('\uFEFFDate,Time,Agency')).toBe(true);
    expect(csv).toContain('Episode 1: the referral');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const read = await readChronologyFile('export.csv', new TextEncoder().encode(csv));
    if (!read.ok) throw new Error(read.message);
    const again = importChronologySheet(read.sheet);
    if (!again.ok) throw new Error(again.message);
    expect(again.problems).toEqual([]);
    const fields = (
      item: Pick<ChronologyEntry, 'date' | 'precision' | 'approximate' | 'time' | 'agency' | 'source' | 'role' | 'text' | 'outcome' | 'analysis'>,
    ) => [item.date, item.precision, item.approximate, item.time, item.agency, item.source, item.role, item.text, item.outcome, item.analysis];
    expect(again.entries.map(fields)).toEqual(list.map(fields));
  });
});
