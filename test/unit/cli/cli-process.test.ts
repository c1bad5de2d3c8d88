import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runCliProcess, type CliProcessResult } from './run-cli-process';

// The real command line, as a reviewer runs it: exit codes, which stream says what, and the files
// it leaves. The runs start together in beforeAll (each spawn costs a tsx start-up).

const folder = mkdtempSync(join(tmpdir(), 'cspr-cli-process-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const register = resolve(repositoryRoot, 'test/fixtures/anonymise/case-l/register.csv');
const caseFile = resolve(repositoryRoot, 'test/fixtures/case-l.cspr.json');
const pdf = join(folder, 'report.pdf');
const junk = join(folder, 'junk.txt');
const truncated = join(folder, 'health.xlsx');
const missing = join(folder, 'missing.csv');
const writtenFolder = join(folder, 'out');
const notes = join(writtenFolder, 'notes.docx');
const nowhere = join(folder, 'no-such-folder', 'notes.docx');

let runs: Record<'pdf' | 'junk' | 'chronology' | 'written' | 'nowhere', CliProcessResult>;

beforeAll(async () => {
  // A PDF as a reviewer would have it: its text compressed in a stream, so read as text it shows
  // no names at all, and the check once said "No identifying details found." of it.
  const stream = Buffer.from([0x78, 0x9c, 0x0b, 0xc9, 0xc8, 0x2c, 0x56, 0x00, 0xa2, 0x44, 0x85, 0x92, 0xd4, 0x8a, 0x12, 0x00, 0x45, 0x0e, 0x06, 0xf7]);
  writeFileSync(
    pdf,
    Buffer.concat([
      Buffer.from('%PDF-1.4\n%'),
      Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
      Buffer.from('\n4 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\n'),
      stream,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]),
  );
  writeFileSync(junk, Buffer.concat([Buffer.from('Lewis '), Buffer.from([0x00, 0x01, 0x9c, 0xff, 0x00, 0x13]), Buffer.from(' Barker')]));
  // A workbook cut off part-way, as an interrupted download leaves it.
  writeFileSync(truncated, readFileSync(resolve(repositoryRoot, 'test/fixtures/chronology/health.xlsx')).subarray(0, 2000));
  mkdirSync(writtenFolder);
  const [pdfRun, junkRun, chronology, written, nowhereRun] = await Promise.all([
    runCliProcess(['check', pdf, '--register', register]),
    runCliProcess(['check', junk, '--register', register]),
    runCliProcess(['chronology', truncated, missing, '--json']),
    runCliProcess(['event-notes', caseFile, '--out', notes]),
    runCliProcess(['event-notes', caseFile, '--out', nowhere]),
  ]);
  runs = { pdf: pdfRun!, junk: junkRun!, chronology: chronology!, written: written!, nowhere: nowhereRun! };
}, 60_000);

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('the command line as a process', () => {
  it('refuses a PDF with one sentence on stderr and exit 2, never an all-clear', () => {
    expect(runs.pdf.status).toBe(2);
    expect(lines(runs.pdf.stderr)).toEqual([`${pdf}: the check cannot read .pdf files; give a .txt, .md, .docx or .cspr.json (save a PDF as Word first).`]);
    expect(runs.pdf.stdout).not.toContain('No identifying details found');
  });

  it('refuses a .txt that is binary junk', () => {
    expect(runs.junk.status).toBe(2);
    expect(lines(runs.junk.stderr)).toEqual([`${junk} looks like a binary file, not text (it contains NUL bytes).`]);
    expect(runs.junk.stdout).toBe('');
  });

  it('puts the reason a chronology file cannot be read on stderr, in --json mode too, and exits 2', () => {
    expect(runs.chronology.status).toBe(2);
    const stderr = lines(runs.chronology.stderr);
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(/^“.*health\.xlsx”: The Excel workbook cannot be read \(.+\)\.$/);
    // A missing file in the app's words, naming it; not Node's "ENOENT: no such file or directory, open …".
    expect(stderr[1]).toBe(`The file or folder does not exist (it may have been moved, or a drive disconnected): ${missing}`);
    expect(runs.chronology.stderr).not.toMatch(/ENOENT|Error:|\n\s+at /);
    // The JSON still carries both, for scripts.
    const json = JSON.parse(runs.chronology.stdout) as { errors: { file: string; row: null; message: string }[] };
    expect(json.errors.map((error) => error.file)).toEqual([truncated, missing]);
  });

  it('writes event notes readable only by the user, leaving no temporary file', () => {
    expect(runs.written.stderr).toBe('');
    expect(runs.written.status).toBe(0);
    expect(runs.written.stdout).toMatch(/^Wrote .*notes\.docx: 4 notes of event 1/);
    expect(strFromU8(unzipSync(readFileSync(notes))['word/document.xml']!)).toContain('Growth checks were missed');
    expect(statSync(notes).mode & 0o777).toBe(0o600);
    expect(readdirSync(writtenFolder)).toEqual(['notes.docx']);
  });

  it('says in one sentence that the folder to write into does not exist, and exits 2', () => {
    expect(runs.nowhere.status).toBe(2);
    expect(lines(runs.nowhere.stderr)).toEqual([`${nowhere} could not be written: the folder ${join(folder, 'no-such-folder')} does not exist.`]);
    expect(runs.nowhere.stdout).toBe('');
  });
});
