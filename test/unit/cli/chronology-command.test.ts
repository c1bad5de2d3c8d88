import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';

const fixtures = resolve(import.meta.dirname, '../../fixtures/chronology');
const file = (name: string) => resolve(fixtures, name);

function captureIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: async (path) => files[path] ?? readFile(path, 'utf8'),
    readBytes: async (path) => (files[path] !== undefined ? new TextEncoder().encode(files[path]) : new Uint8Array(await readFile(path))),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('npm run cli -- chronology', () => {
  it('merges three agencies’ files in date order, with errors by file and row, and exits 1 for the bad row', async () => {
    const { io, out } = captureIo();
    const code = await runCli(['chronology', file('police.csv'), file('school.csv'), file('health.xlsx'), '--json'], io);
    expect(code).toBe(1);
    const result = JSON.parse(out.join('\n')) as { entries: Record<string, unknown>[]; errors: Record<string, unknown>[] };
    expect(result.entries).toHaveLength(15);
    const dates = result.entries.map((entry) => entry.date as string);
    expect(dates[0]).toBe('2018-11-23');
    expect(dates.at(-1)).toBe('2023-01-09');
    expect(result.entries.find((entry) => entry.date === '2022-04')).toMatchObject({
      precision: 'month',
      approximate: false,
      time: null,
      agency: 'Police',
      row: 4,
    });
    expect(result.entries.find((entry) => entry.date === '2021-03-12')).toMatchObject({
      time: '22:15',
      source: 'Incident log',
      role: 'Response officer',
      analysis: 'No record that a child lived at the address',
      file: file('police.csv'),
      row: 2,
    });
    // Files without an agency column take their file name.
    expect(new Set(result.entries.map((entry) => entry.agency))).toEqual(new Set(['Police', 'school', 'health']));
    expect(result.errors).toEqual([{ file: file('school.csv'), row: 5, message: '“31/09/2022” is not a real date: September 2022 has 30 days.' }]);
  });

  it('uses --agency for files without an agency column, and exits 0 when every row was read', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['chronology', file('health.xlsx'), '--agency', 'Health', '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('\n')) as { entries: { agency: string }[] };
    expect(new Set(result.entries.map((entry) => entry.agency))).toEqual(new Set(['Health']));
  });

  it('prints a readable table and summary without --json', async () => {
    const { io, out } = captureIo();
    await runCli(['chronology', file('police.csv'), file('school.csv')], io);
    expect(out[0]).toMatch(/^Date\s+Time\s+Agency/);
    expect(out).toContain('8 entries from 2 agencies; 1 problem.');
    expect(out.at(-1)).toContain('row 5: “31/09/2022” is not a real date');
  });

  it('exits 2 when a file cannot be read at all, with the reason on stderr in --json mode too', async () => {
    const { io, out, err } = captureIo({ 'notes.csv': '' });
    expect(await runCli(['chronology', 'notes.csv', file('police.csv'), '--json'], io)).toBe(2);
    expect(JSON.parse(out.join('\n')).errors).toEqual([{ file: 'notes.csv', row: null, message: '“notes.csv” is empty.' }]);
    expect(err).toEqual(['“notes.csv” is empty.']);
    const missing = captureIo();
    expect(await runCli(['chronology', '/nowhere/missing.csv'], missing.io)).toBe(2);
    expect(missing.err).toEqual(['The file or folder does not exist (it may have been moved, or a drive disconnected): /nowhere/missing.csv']);
  });

  it('names an unreadable file as it was given, on stderr only, and counts it in the table’s summary', async () => {
    const truncated = new Uint8Array(await readFile(file('health.xlsx'))).subarray(0, 2000);
    const { io, out, err } = captureIo();
    io.readBytes = async (path) => (path === 'in/health.xlsx' ? truncated : new Uint8Array(await readFile(path)));
    expect(await runCli(['chronology', 'in/health.xlsx', file('school.csv')], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^“in\/health\.xlsx”: The Excel workbook cannot be read \(.+\)\.$/);
    expect(out.join('\n')).not.toContain('health.xlsx');
    expect(out).toContain('4 entries from 1 agency; 1 problem; 1 file could not be read.');
    // Row problems are the command's findings, not errors: they stay with the table.
    expect(out.at(-1)).toContain('row 5: “31/09/2022” is not a real date');
  });
});
