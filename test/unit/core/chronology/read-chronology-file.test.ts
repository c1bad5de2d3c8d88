import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectColumns, mappingProblems } from '../../../../src/core/chronology/column-mapping';
import { decodeTextFile } from '../../../../src/core/chronology/decode-text-file';
import { importChronologySheet } from '../../../../src/core/chronology/import-chronology-sheet';
import { readChronologyFile, type ChronologySheet } from '../../../../src/core/chronology/read-chronology-file';
import { detectDelimiter } from '../../../../src/core/chronology/read-delimited';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/chronology');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(fixtures, name)));
const text = (value: string) => new TextEncoder().encode(value);

async function sheetOf(name: string, content: Uint8Array): Promise<ChronologySheet> {
  const read = await readChronologyFile(name, content);
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}

async function importOf(name: string, content: Uint8Array, agency?: string) {
  const imported = importChronologySheet(await sheetOf(name, content), { agency });
  if (!imported.ok) throw new Error(imported.message);
  return imported;
}

describe('the agencies’ fixture files', () => {
  it('reads the police CSV: a multi-line field is one row, and an unknown day is the month', async () => {
    const { entries, problems } = await importOf('police.csv', bytes('police.csv'));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.date, entry.precision, entry.time, entry.origin?.row])).toEqual([
      ['2021-03-12', 'day', '22:15', 2],
      ['2021-03-13', 'day', null, 3],
      ['2022-04', 'month', null, 4],
      ['2022-12-01', 'day', '09:00', 5],
    ]);
    expect(entries[0]?.text).toBe('Report of a man shouting in the street outside the family home.\nMan spoke to was recorded as a visitor.');
    expect(entries[0]).toMatchObject({
      agency: 'Police',
      source: 'Incident log',
      role: 'Response officer',
      analysis: 'No record that a child lived at the address',
    });
  });

  it('reads the school CSV in Windows-1252 with semicolons, names the agency from the file, and reports the impossible date on row 5', async () => {
    const sheet = await sheetOf('school.csv', bytes('school.csv'));
    expect(sheet.encoding).toBe('windows-1252');
    const { entries, problems } = importChronologySheet(sheet) as Extract<ReturnType<typeof importChronologySheet>, { ok: true }>;
    expect(entries).toHaveLength(4);
    expect(entries.every((entry) => entry.agency === 'school')).toBe(true);
    expect(entries[1]?.text).toBe('Weighed Leo: below 2nd centile. Letter home – “please contact the school nurse”');
    expect(entries[2]?.text).toBe('Referral to children’s social care about weight and clothing (uniform grant £50 offered)');
    expect(entries[0]).toMatchObject({ role: 'Class teacher', outcome: 'Noted' });
    expect(problems).toEqual([expect.objectContaining({ row: 5, message: '“31/09/2022” is not a real date: September 2022 has 30 days.' })]);
    expect(problems[0]?.values.role).toBe('Class teacher');
  });

  it('takes the agency the reviewer names for a file without an agency column', async () => {
    const { entries } = await importOf('school.csv', bytes('school.csv'), 'Kingsmere Primary School');
    expect(new Set(entries.map((entry) => entry.agency))).toEqual(new Set(['Kingsmere Primary School']));
  });

  it('reads the health workbook: Excel date cells, typed dates and a month-only entry', async () => {
    const { entries, problems } = await importOf('health.xlsx', bytes('health.xlsx'), 'Health');
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.date, entry.precision, entry.time])).toEqual([
      ['2018-11-23', 'day', null],
      ['2018-12-04', 'day', '10:30'],
      ['2020-12-06', 'day', '14:00'],
      ['2021-02', 'month', null],
      ['2022-11-15', 'day', null],
      ['2022-11-30', 'day', null],
      ['2023-01-09', 'day', '19:20'],
    ]);
    expect(entries[0]).toMatchObject({
      source: 'Maternity record',
      role: 'Midwife',
      text: 'Discharged home with mother; feeding established',
      outcome: 'Handover to health visiting',
    });
  });
});

describe('reading CSV', () => {
  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('Date,Event\n')).toBe(',');
    expect(detectDelimiter('Date;Event;Agency\n')).toBe(';');
    expect(detectDelimiter('Date\tEvent\n')).toBe('\t');
    expect(detectDelimiter('"Date; when",Event,Agency\n')).toBe(',');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...text('Date,Event')]));
    expect(decoded).toEqual({ text: 'Date,Event', encoding: 'utf-8' });
  });

  it('skips blank rows but counts them in row numbers', async () => {
    const { entries, problems } = await importOf('a.csv', text('Date,Event\n\n01/02/2020,First\n,\n31/02/2020,Bad\n03/02/2020,Third\n'), 'Police');
    expect(entries.map((entry) => entry.origin?.row)).toEqual([3, 6]);
    expect(problems.map((problem) => problem.row)).toEqual([5]);
  });

  it('reports a row with a date but nothing about what happened, and a bad time', async () => {
    const { problems } = await importOf('a.csv', text('Date,Time,Event\n01/02/2020,,\n01/02/2020,25:00,Visit\nMarch 2020,10:00,Visit\n'), 'Police');
    expect(problems.map((problem) => [problem.row, problem.message])).toEqual([
      [2, 'The row has a date but says nothing about what happened.'],
      [3, '“25:00” is not a time.'],
      [4, 'A time (10:00) is given for a date without a day (March 2020).'],
    ]);
  });
});

describe('files that are not chronologies', () => {
  it.each([
    ['empty.csv', new Uint8Array(), '“empty.csv” is empty.'],
    ['photo.csv', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]), 'is not a spreadsheet this app can read'],
    ['old.xls', text('x'), 'is not a spreadsheet this app can read'],
    ['archive.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'is a compressed file'],
    ['broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'The Excel workbook cannot be read'],
    ['header-only.csv', text('Date,Event\n'), 'has a header row but no entries'],
    ['one-column.csv', text('Date\n01/02/2020\n'), 'has only one column'],
    ['unclosed.csv', text('Date,Event\n01/02/2020,"never closed\n'), 'quote that is never closed'],
  ])('refuses %s with a clear message', async (name, content, message) => {
    const read = await readChronologyFile(name, content);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const read = await readChronologyFile('huge.csv', new Uint8Array(26 * 1024 * 1024));
    expect(!read.ok && read.message).toContain('a chronology file can be at most 25 MB');
  });

  it('says which columns it could not find', async () => {
    const imported = importChronologySheet(await sheetOf('odd.csv', text('Col A,Col B\n01/02/2020,x\n')));
    expect(!imported.ok && imported.message).toContain('Choose the column that holds the date.');
  });
});

describe('recognising columns', () => {
  it('knows the common names and synonyms, whatever their case and punctuation', () => {
    expect(detectColumns(['Date of contact', 'Time', 'Agency', 'Source', 'Staff role', 'What happened?', 'Action taken', 'Significance']).mapping).toEqual({
      date: 0,
      time: 1,
      agency: 2,
      source: 3,
      role: 4,
      text: 5,
      outcome: 6,
      analysis: 7,
    });
    expect(detectColumns(['Contact Date', 'Practitioner', 'Summary', 'Outcome', 'Comment']).mapping).toEqual({
      date: 0,
      role: 1,
      text: 2,
      outcome: 3,
      analysis: 4,
    });
    expect(detectColumns(['DATE', 'Details']).confident).toBe(true);
    expect(detectColumns(['When it was', 'Notes']).confident).toBe(false);
  });

  it('refuses a mapping with one column for two things', () => {
    expect(mappingProblems({ date: 0, text: 0 })).toEqual(['What happened and Date are the same column.']);
  });
});
