import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChronologyEntryDraft } from '../../../src/core/chronology/chronology-entry';
import { importChronologySheet } from '../../../src/core/chronology/import-chronology-sheet';
import { readChronologyFile, type ChronologySheet } from '../../../src/core/chronology/read-chronology-file';
import { isIsoDate } from '../../../src/core/dates/iso-date';
import {
  applyByteMutation,
  applyXlsxMutation,
  byteMutation,
  chronologyCsv,
  csvText,
  dateCell,
  encodeText,
  rezip,
  textCell,
  unzipWorkbook,
  xlsxMutation,
} from './support/chronology-files';
import { fixtureBytes } from './support/fixtures';
import { callBudgetMs, expectReadableMessage, propertyTimeoutMs, withinBudget } from './support/time-budget';

// An agency's file goes through readChronologyFile (bytes → header and rows) and then
// importChronologySheet (rows → entries and problem rows). Whatever the bytes, both answer
// within the budget, and what they answer is sound.

function expectSoundEntry(entry: ChronologyEntryDraft, file: string): void {
  if (entry.precision === 'day') expect(isIsoDate(entry.date), `"${entry.date}" is not a real day`).toBe(true);
  else if (entry.precision === 'month') expect(entry.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  else expect(entry.precision === 'year' && /^\d{4}$/.test(entry.date), `"${entry.date}" does not match precision ${entry.precision}`).toBe(true);
  if (entry.time !== null) {
    expect(entry.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(entry.precision, 'a time needs a day').toBe('day');
  }
  expect(typeof entry.approximate).toBe('boolean');
  expect(entry.text !== '' || entry.outcome !== '' || entry.analysis !== '', 'an entry says something').toBe(true);
  expect(entry.agency.trim()).not.toBe('');
  expect(entry.origin?.file).toBe(file);
  expect(Number.isInteger(entry.origin?.row) && entry.origin!.row >= 2).toBe(true);
}

function expectSoundImport(sheet: ChronologySheet, agency: string | undefined): void {
  const started = performance.now();
  let imported: ReturnType<typeof importChronologySheet>;
  try {
    imported = importChronologySheet(sheet, { agency });
  } catch (error) {
    throw new Error(`importChronologySheet threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `importChronologySheet took ${Math.round(elapsed)} ms`).toBeLessThan(callBudgetMs);
  if (!imported.ok) {
    expectReadableMessage(imported.message);
    return;
  }
  for (const entry of imported.entries) expectSoundEntry(entry, sheet.file);
  for (const problem of imported.problems) {
    expect(problem.file).toBe(sheet.file);
    expect(Number.isInteger(problem.row) && problem.row >= 2, `problem row ${problem.row}`).toBe(true);
    expectReadableMessage(problem.message);
  }
  // Each data row is an entry, a problem, or blank; never two of these.
  const rows = [...imported.entries.map((entry) => entry.origin!.row), ...imported.problems.map((problem) => problem.row)];
  expect(new Set(rows).size).toBe(rows.length);
  expect(rows.length).toBeLessThanOrEqual(sheet.rows.length);
}

/** Reads and imports a file as the app does, checking every answer along the way. */
async function readAndImport(name: string, bytes: Uint8Array): Promise<{ ok: boolean }> {
  const read = await withinBudget(`readChronologyFile(${name})`, async () => {
    try {
      return await readChronologyFile(name, bytes);
    } catch (error) {
      throw new Error(`readChronologyFile threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
    }
  });
  if (!read.ok) {
    expectReadableMessage(read.message);
    // Every refusal names the file it is about.
    expect(read.message).toContain(name.split(/[\\/]/).pop());
    return { ok: false };
  }
  const { sheet } = read;
  expect(['utf-8', 'windows-1252', 'xlsx']).toContain(sheet.encoding);
  expect(sheet.headers.length).toBeGreaterThanOrEqual(2);
  sheet.rows.forEach((row, index) => {
    expect(row.row).toBeGreaterThanOrEqual(2);
    if (index > 0) expect(row.row).toBeGreaterThan(sheet.rows[index - 1]!.row);
  });
  expectSoundImport(sheet, undefined);
  expectSoundImport(sheet, 'Named agency');
  return { ok: true };
}

const fileName = fc.constantFrom('police.csv', 'School Chronology.CSV', 'health.tsv', 'notes.txt', 'agency');

describe('chronology files generated as text', () => {
  it(
    'reads any CSV-ish text, in UTF-8 or Windows-1252, into rows or a message',
    async () => {
      await fc.assert(
        fc.asyncProperty(csvText, fc.constantFrom('utf-8' as const, 'windows-1252' as const), fileName, async ({ text }, encoding, name) => {
          await readAndImport(name, encodeText(text, encoding));
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'turns generated chronologies (dates in every shape) into sound entries and problem rows',
    async () => {
      let entriesSeen = 0;
      await fc.assert(
        fc.asyncProperty(chronologyCsv, fc.constantFrom('utf-8' as const, 'windows-1252' as const), async (text, encoding) => {
          const result = await readAndImport('agency.csv', encodeText(text, encoding));
          if (result.ok) entriesSeen += 1;
        }),
        { numRuns: 1000 },
      );
      // The generator is meant to reach the date reader: most files are read.
      expect(entriesSeen).toBeGreaterThan(500);
    },
    propertyTimeoutMs,
  );

  it(
    'answers cells far longer than any real one (a date, a time, a header) within the budget',
    async () => {
      const long = fc
        .tuple(fc.constantFrom('T', 'T ', '1', '1/', '12:00 ', 'c. ', 'a', ', ', '"'), fc.integer({ min: 10_000, max: 200_000 }))
        .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));
      await fc.assert(
        fc.asyncProperty(long, fc.constantFrom('date', 'time', 'header', 'text'), async (cell, where) => {
          const quoted = `"${cell.replace(/"/g, '""')}"`;
          const text =
            where === 'header'
              ? `Date,${quoted}\n01/02/2020,x\n`
              : where === 'date'
                ? `Date,Event\n${quoted},something\n`
                : where === 'time'
                  ? `Date,Time,Event\n01/02/2020,${quoted},something\n`
                  : `Date,Event\n01/02/2020,${quoted}\n`;
          await readAndImport('long.csv', new TextEncoder().encode(text));
        }),
        { numRuns: 60 },
      );
    },
    propertyTimeoutMs,
  );
});

describe('chronology files as random bytes', () => {
  it(
    'refuses or reads any bytes, whatever the name says they are',
    async () => {
      const zipStart = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 3000 }),
          fc.constantFrom('file.csv', 'file.xlsx', 'file.xls', 'file.tsv', 'file', 'folder/file.XLSX', 'C:\\agency\\file.csv'),
          fc.boolean(),
          async (random, name, looksLikeZip) => {
            const bytes = looksLikeZip ? new Uint8Array([...zipStart, ...random]) : random;
            await readAndImport(name, bytes);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );
});

describe('the real fixture files, damaged', () => {
  const csvFixtures = { 'police.csv': fixtureBytes('chronology/police.csv'), 'school.csv': fixtureBytes('chronology/school.csv') };

  it('reads each fixture untouched', async () => {
    for (const [name, bytes] of Object.entries(csvFixtures)) expect(await readAndImport(name, bytes)).toEqual({ ok: true });
    expect(await readAndImport('health.xlsx', fixtureBytes('chronology/health.xlsx'))).toEqual({ ok: true });
  });

  it(
    'answers the police and school CSVs with bytes flipped, set, inserted, deleted, duplicated or cut off',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...(Object.keys(csvFixtures) as (keyof typeof csvFixtures)[])),
          fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
          async (name, mutations) => {
            await readAndImport(name, mutations.reduce(applyByteMutation, csvFixtures[name]));
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers the health workbook with parts removed or garbled, cells changed, or the zip itself damaged',
    async () => {
      const workbook = fixtureBytes('chronology/health.xlsx');
      await fc.assert(
        fc.asyncProperty(fc.array(xlsxMutation, { minLength: 1, maxLength: 3 }), fc.option(byteMutation, { freq: 5 }), async (mutations, zipDamage) => {
          const files = unzipWorkbook(workbook);
          for (const mutation of mutations) applyXlsxMutation(files, mutation);
          let bytes = rezip(files);
          if (zipDamage) bytes = applyByteMutation(bytes, zipDamage);
          await readAndImport('health.xlsx', bytes);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers generated date and text cells put into the workbook',
    async () => {
      const workbook = fixtureBytes('chronology/health.xlsx');
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.oneof(dateCell, textCell)), { minLength: 1, maxLength: 6 }), async (cells) => {
          const files = unzipWorkbook(workbook);
          for (const [index, text] of cells) applyXlsxMutation(files, { kind: 'shared-string', index, text });
          await readAndImport('health.xlsx', rezip(files));
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeoutMs,
  );
});
