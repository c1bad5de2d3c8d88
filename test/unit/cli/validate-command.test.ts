import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';
import { repositoryRoot as root, runCliProcess } from './run-cli-process';

const sample = resolve(root, 'test/fixtures/case-l.cspr.json');

function captureIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: async (path) => files[path] ?? readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('cli validate', () => {
  it('accepts the sample case file', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['validate', sample], io)).toBe(0);
    expect(out.join('\n')).toMatch(/valid case file \(format version 6\) — “Leo”, Draft with panel/);
  });

  it('reads a version 1 file by upgrading it, and says so', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['validate', resolve(root, 'test/fixtures/case-file-v1.cspr.json')], io)).toBe(0);
    expect(out.join('\n')).toMatch(/format version 1, read as 6/);
  });

  it('lists the problems of a broken file and exits 1', async () => {
    const { io, out } = captureIo({ 'bad.cspr.json': JSON.stringify({ format: 'cspr-desk/case', version: 1, exportedAt: 'x' }) });
    expect(await runCli(['validate', 'bad.cspr.json', '--json'], io)).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(report.files[0].valid).toBe(false);
    expect(report.files[0].errors.join('\n')).toMatch(/case: is missing/);
  });

  it('exits 2 when a file cannot be read, saying why on stderr, after checking the others; and on an unknown command', async () => {
    const missing = captureIo();
    const nowhere = resolve(root, 'no-such-file.cspr.json');
    expect(await runCli(['validate', nowhere, sample, '--json'], missing.io)).toBe(2);
    expect(missing.err).toEqual([`The file or folder does not exist (it may have been moved, or a drive disconnected): ${nowhere}`]);
    const report = JSON.parse(missing.out.join('\n')) as { files: { file: string; valid: boolean; errors: string[] }[] };
    expect(report.files).toEqual([{ file: nowhere, valid: false, errors: [missing.err[0]] }, expect.objectContaining({ file: sample, valid: true })]);
    const unknown = captureIo();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/Unknown command "frobnicate"/);
  });

  it('runs as `npm run cli` does, with real exit codes', async () => {
    const [valid, failed] = await Promise.all([runCliProcess(['validate', sample]), runCliProcess(['validate', 'package.json'])]);
    expect(valid).toMatchObject({ status: 0, stdout: expect.stringMatching(/valid case file/) });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/not a CSPR Desk case file/);
  }, 20_000);
});

describe('cli and encrypted case files', () => {
  it('reads an encrypted case file with the passphrase from the environment, and says what is missing or wrong', async () => {
    const { encryptCaseFileText } = await import('../../../src/core/crypto/encrypted-case-file');
    const encrypted = await encryptCaseFileText(await readFile(sample, 'utf8'), 'larch grove kettle');
    const run = async (passphrase: string | null) => {
      const captured = captureIo({ 'locked.cspr.json': encrypted });
      captured.io.passphrase = async () => passphrase;
      return { code: await runCli(['validate', 'locked.cspr.json'], captured.io), out: captured.out.join('\n') };
    };
    expect(await run('larch grove kettle')).toMatchObject({ code: 0, out: expect.stringMatching(/valid case file \(format version 6\) — “Leo”/) });
    expect(await run(null)).toMatchObject({
      code: 1,
      out: expect.stringContaining('The case file is encrypted: give its passphrase in a file named by CSPR_PASSPHRASE_FILE'),
    });
    expect(await run('wrong passphrase')).toMatchObject({ code: 1, out: expect.stringContaining('The passphrase is wrong, or the file has been altered') });
  });
});
