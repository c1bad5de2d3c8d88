import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';

const caseL = resolve(import.meta.dirname, '../../fixtures/anonymise/case-l');

function captureIo(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: async (path) => {
      const file = files[path];
      return typeof file === 'string' ? file : readFile(path, 'utf8');
    },
    readBytes: async (path) => {
      const file = files[path];
      if (file === undefined) return new Uint8Array(await readFile(path));
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('npm run cli -- check', () => {
  it('marks a finding that could be more than one person: no replacement (null), and who it may be', async () => {
    const { io, out } = captureIo({
      'doe.txt': 'Mrs Doe told the health visitor that Ella Doe was tired.',
      'doe.csv': 'kind,value,replacement,note\nperson,Jane Doe,Mother,\nperson,Ella Doe,Child E,\n',
    });
    expect(await runCli(['check', 'doe.txt', '--register', 'doe.csv', '--json'], io)).toBe(1);
    const { findings } = JSON.parse(out.join('\n')) as {
      findings: { text: string; replacement: string | null; candidates?: { value: string; replacement: string }[] }[];
    };
    expect(findings).toEqual([
      expect.objectContaining({
        text: 'Mrs Doe',
        rule: 'ambiguous',
        replacement: null,
        candidates: [
          { value: 'Jane Doe', replacement: 'Mother' },
          { value: 'Ella Doe', replacement: 'Child E' },
        ],
      }),
      expect.objectContaining({ text: 'Ella Doe', replacement: 'Child E' }),
    ]);
    expect(findings[1]).not.toHaveProperty('candidates');
  });

  it('prints findings as JSON with offsets into the text, and exits 1 when something was found', async () => {
    const { io, out } = captureIo();
    const code = await runCli(['check', resolve(caseL, 'report.txt'), '--register', resolve(caseL, 'register.csv'), '--json'], io);
    expect(code).toBe(1);
    const text = await readFile(resolve(caseL, 'report.txt'), 'utf8');
    const { findings } = JSON.parse(out.join('\n')) as {
      findings: { start: number; end: number; text: string; category: string; severity: string; rule: string; replacement: string }[];
    };
    expect(findings.length).toBeGreaterThan(40);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(findings.find((finding) => finding.text === 'Kerry Barker')).toMatchObject({
      category: 'person',
      severity: 'high',
      rule: 'registered',
      replacement: 'Aunt',
    });
  });

  it('lists findings with line, column and context, and exits 0 on a clean text', async () => {
    const { io, out } = captureIo({ 'clean.txt': 'Leo lived with Mother.\nMr P did not respond.', 'dirty.md': '# Title\nLewis was seen.' });
    expect(await runCli(['check', 'clean.txt', '--register', resolve(caseL, 'register.csv')], io)).toBe(0);
    expect(out.at(-1)).toBe('No identifying details found.');
    out.length = 0;
    expect(await runCli(['check', 'dirty.md', '--register', resolve(caseL, 'register.csv')], io)).toBe(1);
    expect(out[0]).toMatch(/^2:1 {2}high {3}person {7}# Title \[Lewis\] was seen\. {2}→ Leo {2}\(part of the registered name “Lewis Thomas Harding”\)$/);
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const documentXml =
      '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>First paragraph.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Seen by </w:t></w:r><w:r><w:t>Jordan Pike &amp; others</w:t></w:r></w:p></w:body></w:document>';
    const docx = zipSync({ 'word/document.xml': strToU8(documentXml) });
    const { io, out } = captureIo({ 'report.docx': docx });
    expect(await runCli(['check', 'report.docx', '--register', resolve(caseL, 'register.csv'), '--json'], io)).toBe(1);
    const { findings } = JSON.parse(out.join('\n')) as { findings: { start: number; text: string }[] };
    expect(findings).toEqual([expect.objectContaining({ start: 'First paragraph.\nSeen by '.length, text: 'Jordan Pike' })]);
  });

  it('checks a case file against its own register', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['check', resolve(import.meta.dirname, '../../fixtures/case-l.cspr.json'), '--json'], io)).toBe(1);
    const { findings } = JSON.parse(out.join('\n')) as { findings: { text: string; replacement: string }[] };
    expect(findings.map((finding) => finding.text)).toContain('Lewis');
    // The event notes are checked too: a note calls the child by his nickname (the report once more).
    expect(findings.filter((finding) => finding.text === 'Lewy')).toHaveLength(2);
  });

  it('uses an allow list file', async () => {
    const { io } = captureIo({ 'doc.txt': 'Seen at Sunny Vale Nursery.', 'allow.txt': '# local services\nSunny Vale Nursery\n' });
    expect(await runCli(['check', 'doc.txt', '--register', resolve(caseL, 'register.csv'), '--allow', 'allow.txt'], io)).toBe(0);
  });

  it('exits 2 on a missing file or a malformed register, naming the row', async () => {
    const missing = captureIo();
    expect(await runCli(['check', '/nowhere/report.txt', '--register', resolve(caseL, 'register.csv')], missing.io)).toBe(2);
    expect(missing.err).toEqual(['The file or folder does not exist (it may have been moved, or a drive disconnected): /nowhere/report.txt']);
    expect(missing.out).toEqual([]);
    const bad = captureIo({ 'doc.txt': 'text', 'register.csv': 'kind,value,replacement,note\nperson,Ann Example,A,\nplanet,Mars,,\n' });
    expect(await runCli(['check', 'doc.txt', '--register', 'register.csv'], bad.io)).toBe(2);
    expect(bad.err).toEqual([
      'register.csv, row 3: “planet” is not a kind of identifier (use person, alias, date, address, school, organisation, place, other).',
    ]);
    const noRegister = captureIo();
    expect(await runCli(['check', 'doc.txt'], noRegister.io)).toBe(2);
  });

  it('refuses formats it cannot read by name, saying which it reads, and never gives an all-clear', async () => {
    const refusals: [string, string][] = [
      ['report.pdf', 'report.pdf: the check cannot read .pdf files; give a .txt, .md, .docx or .cspr.json (save a PDF as Word first).'],
      ['Report.DOC', 'Report.DOC: the check cannot read .doc files; give a .txt, .md, .docx or .cspr.json (save it from Word as .docx first).'],
      ['report.odt', 'report.odt: the check cannot read .odt files; give a .txt, .md, .docx or .cspr.json (save it as Word (.docx) first).'],
      ['report.rtf', 'report.rtf: the check cannot read .rtf files; give a .txt, .md, .docx or .cspr.json (save it as Word (.docx) first).'],
      ['scan.png', 'scan.png: the check cannot read .png files; give a .txt, .md, .docx or .cspr.json.'],
      ['case.json', 'case.json: the check cannot read .json files; give a .txt, .md, .docx or .cspr.json (a case file’s name ends .cspr.json).'],
      ['notes', 'notes: the check cannot read a file without an extension; give a .txt, .md, .docx or .cspr.json.'],
      ['report.constructor', 'report.constructor: the check cannot read .constructor files; give a .txt, .md, .docx or .cspr.json.'],
    ];
    for (const [name, message] of refusals) {
      // Plain text inside: the refusal is by format, not by what happens to decode.
      const { io, out, err } = captureIo({ [name]: 'Lewis Barker' });
      expect(await runCli(['check', name, '--register', resolve(caseL, 'register.csv')], io)).toBe(2);
      expect(err).toEqual([message]);
      expect(out).toEqual([]);
    }
  });

  it('refuses a .txt or .md that is not really text, and reads UTF-16 with a byte order mark', async () => {
    const register = resolve(caseL, 'register.csv');
    const cases: [string, Uint8Array, string][] = [
      ['nul.txt', new Uint8Array([0x4c, 0x65, 0x77, 0x69, 0x73, 0x00, 0x01, 0x02]), 'nul.txt looks like a binary file, not text (it contains NUL bytes).'],
      [
        'latin1.md',
        new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4c, 0x65, 0x77, 0x69, 0x73]),
        'latin1.md is not UTF-8 text: save it as UTF-8 and try again.',
      ],
      ['controls.txt', new TextEncoder().encode('Lewis'), 'controls.txt looks like a binary file, not text (it is full of control characters).'],
    ];
    for (const [name, bytes, message] of cases) {
      const { io, out, err } = captureIo({ [name]: bytes });
      expect(await runCli(['check', name, '--register', register], io)).toBe(2);
      expect(err).toEqual([message]);
      expect(out).toEqual([]);
    }
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Seen by Lewis.'].flatMap((character) => [character.charCodeAt(0), 0])]);
    const withMarks = captureIo({ 'utf16.txt': utf16, 'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Lewis was seen.')]) });
    expect(await runCli(['check', 'utf16.txt', '--register', register, '--json'], withMarks.io)).toBe(1);
    expect(JSON.parse(withMarks.out.join('\n')).findings[0]).toMatchObject({ start: 8, text: 'Lewis' });
    withMarks.out.length = 0;
    // The byte order mark is not text: offsets count from the first letter.
    expect(await runCli(['check', 'bom.txt', '--register', register, '--json'], withMarks.io)).toBe(1);
    expect(JSON.parse(withMarks.out.join('\n')).findings[0]).toMatchObject({ start: 0, text: 'Lewis' });
  });

  it('refuses a .docx that is not a Word document, in one sentence naming it', async () => {
    const register = resolve(caseL, 'register.csv');
    const notZip = captureIo({ 'report.docx': 'Lewis Barker' });
    expect(await runCli(['check', 'report.docx', '--register', register], notZip.io)).toBe(2);
    expect(notZip.err).toEqual(['report.docx is not a Word document (.docx): it cannot be unzipped.']);
    expect(notZip.out).toEqual([]);
    const noBody = captureIo({ 'other.docx': zipSync({ 'content.xml': strToU8('<office:document/>') }) });
    expect(await runCli(['check', 'other.docx', '--register', register], noBody.io)).toBe(2);
    expect(noBody.err).toEqual(['other.docx is not a Word document (.docx): it has no word/document.xml.']);
  });

  it('treats the register and the allow list as the document: missing or binary files are refused by name', async () => {
    const files = {
      'doc.txt': 'Lewis was seen.',
      'register.bin': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'allow.txt': new Uint8Array([0x00, 0xff]),
    };
    const cases: [string[], string][] = [
      [['--register', '/nowhere/register.csv'], 'The file or folder does not exist (it may have been moved, or a drive disconnected): /nowhere/register.csv'],
      [['--register', 'register.bin'], 'register.bin looks like a binary file, not text (it contains NUL bytes).'],
      [
        ['--register', resolve(caseL, 'register.csv'), '--allow', '/nowhere/allow.txt'],
        'The file or folder does not exist (it may have been moved, or a drive disconnected): /nowhere/allow.txt',
      ],
      [['--register', resolve(caseL, 'register.csv'), '--allow', 'allow.txt'], 'allow.txt looks like a binary file, not text (it contains NUL bytes).'],
    ];
    for (const [options, message] of cases) {
      const { io, out, err } = captureIo(files);
      expect(await runCli(['check', 'doc.txt', ...options], io)).toBe(2);
      expect(err).toEqual([message]);
      expect(out).toEqual([]);
    }
  });
});
