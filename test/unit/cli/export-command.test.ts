import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';

const sample = resolve(import.meta.dirname, '../../fixtures/case-l.cspr.json');

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeBytes: async (path, bytes) => void written.set(path, bytes),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err, written };
}

describe('npm run cli -- export', () => {
  it('refuses a publication export while findings are unresolved, listing them, and writes nothing', async () => {
    const { io, err, written } = captureIo();
    expect(await runCli(['export', sample, '-o', 'out.docx'], io)).toBe(1);
    expect(err[0]).toMatch(/^Not exported for publication: \d+ unresolved findings/);
    expect(err).toContain('  high: 1. Introduction, paragraph 1.1: “Lewis” → Leo');
    expect(written.size).toBe(0);
  });

  it('writes a restricted draft with the chronology appendix', async () => {
    const { io, out, written } = captureIo();
    expect(await runCli(['export', sample, '-o', 'draft.docx', '--draft', '--appendix', 'chronology'], io)).toBe(0);
    expect(out).toEqual(['Wrote draft.docx (restricted draft, not for publication).']);
    const files = unzipSync(written.get('draft.docx')!);
    expect(strFromU8(files['word/document.xml']!)).toContain('Appendix: integrated chronology');
  });

  it('exits 2 on bad input', async () => {
    expect(await runCli(['export', '/nowhere.cspr.json', '-o', 'x.docx'], captureIo().io)).toBe(2);
    expect(await runCli(['export', sample, '--appendix', 'glossary,photos'], captureIo().io)).toBe(2);
    expect(await runCli(['export'], captureIo().io)).toBe(2);
  });
});
