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
      return file instanceof Uint8Array ? file : new Uint8Array(await readFile(path));
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('npm run cli -- check', () => {
  it('prints findings as JSON with offsets into the text, and exits 1 when something was found', async () => {
    const { io, out } = captureIo();
    const code = await runCli(['check', resolve(caseL, 'report.txt'), '--register', resolve(caseL, 'register.csv'), '--json'], io);
    expect(code).toBe(1);
    const text = await readFile(resolve(caseL, 'report.txt'), 'utf8');
    const { findings } = JSON.parse(out.join('\n')) as { findings: { start: number; end: number; text: string; category: string; severity: string; rule: string; replacement: string }[] };
    expect(findings.length).toBeGreaterThan(40);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(findings.find((finding) => finding.text === 'Kerry Barker')).toMatchObject({ category: 'person', severity: 'high', rule: 'registered', replacement: 'Aunt' });
  });

  it('lists findings with line, column and context, and exits 0 on a clean text', async () => {
    const { io, out } = captureIo({ 'clean.txt': 'Leo lived with Mother.\nMr P did not respond.', 'dirty.md': '# Title\nLewis was seen.' });
    expect(await runCli(['check', 'clean.txt', '--register', resolve(caseL, 'register.csv')], io)).toBe(0);
    expect(out.at(-1)).toBe('No identifying details found.');
    out.length = 0;
    expect(await runCli(['check', 'dirty.md', '--register', resolve(caseL, 'register.csv')], io)).toBe(1);
    expect(out[0]).toMatch(/^2:1 {2}high {3}person {7}# Title \[Lewis\] was seen\. {2}→ Leo$/);
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const documentXml = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>First paragraph.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Seen by </w:t></w:r><w:r><w:t>Jordan Pike &amp; others</w:t></w:r></w:p></w:body></w:document>';
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
    const bad = captureIo({ 'doc.txt': 'text', 'register.csv': 'kind,value,replacement,note\nperson,Ann Example,A,\nplanet,Mars,,\n' });
    expect(await runCli(['check', 'doc.txt', '--register', 'register.csv'], bad.io)).toBe(2);
    expect(bad.err).toEqual(['register.csv, row 3: “planet” is not a kind of identifier (use person, alias, date, address, school, organisation, place, other).']);
    const noRegister = captureIo();
    expect(await runCli(['check', 'doc.txt'], noRegister.io)).toBe(2);
  });
});
