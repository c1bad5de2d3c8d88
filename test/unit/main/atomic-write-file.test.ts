import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Real files in a temporary folder; only `rename` can be made to fail, to simulate a crash
// or full disk between writing the new copy and putting it in place.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

import { atomicWriteFile, atomicWriteFileSync } from '../../../src/main/files/atomic-write-file';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cspr-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('atomicWriteFile', () => {
  it('writes text as UTF-8 and bytes as they are', async () => {
    await atomicWriteFile(join(dir, 'report.txt'), 'Chronology – £20, naïve');
    expect(await readFile(join(dir, 'report.txt'), 'utf8')).toBe('Chronology – £20, naïve');
    await atomicWriteFile(join(dir, 'report.bin'), new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(join(dir, 'report.bin')))]).toEqual([0, 1, 2, 255]);
  });

  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(dir, 'report.docx');
    await writeFile(target, 'old');
    await atomicWriteFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.docx']);
  });

  it.runIf(process.platform !== 'win32')('makes new files private and keeps the mode of replaced ones', async () => {
    const fresh = join(dir, 'fresh.txt');
    await atomicWriteFile(fresh, 'x');
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    const shared = join(dir, 'shared.txt');
    await writeFile(shared, 'old', { mode: 0o640 });
    await atomicWriteFile(shared, 'new');
    expect((await stat(shared)).mode & 0o777).toBe(0o640);
  });

  it('leaves the old file intact when the write fails midway', async () => {
    const target = join(dir, 'report.docx');
    await writeFile(target, 'the good copy');
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(fsError('ENOSPC', 'no space left on device'));

    await expect(atomicWriteFile(target, 'a new copy that never lands')).rejects.toThrow(`The disk is full: ${target} could not be written.`);
    expect(await readFile(target, 'utf8')).toBe('the good copy');
    expect(await readdir(dir)).toEqual(['report.docx']);
  });

  it('keeps the original error as the cause', async () => {
    const original = fsError('EACCES', 'permission denied');
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(original);
    const error = await atomicWriteFile(join(dir, 'x.txt'), 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Permission denied: /);
    expect((error as Error).cause).toBe(original);
  });

  it('gives a clear error when the folder has disappeared', async () => {
    const gone = join(dir, 'unplugged-drive');
    await expect(atomicWriteFile(join(gone, 'report.docx'), 'x')).rejects.toThrow(/does not exist/);
  });

  it('does not leave a temporary file when the target is a folder', async () => {
    await expect(atomicWriteFile(dir, 'x')).rejects.toThrow();
    const parentEntries = await readdir(join(dir, '..'));
    expect(parentEntries.some((name) => name.includes(`.${dir.split(/[\\/]/).pop()}.`))).toBe(false);
  });
});

describe('atomicWriteFileSync', () => {
  it('writes, replaces and cleans up', async () => {
    const target = join(dir, 'state.json');
    atomicWriteFileSync(target, '{"a":1}');
    atomicWriteFileSync(target, '{"a":2}');
    expect(await readFile(target, 'utf8')).toBe('{"a":2}');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('throws a clear error and writes nothing when the folder is gone', () => {
    expect(() => atomicWriteFileSync(join(dir, 'missing', 'state.json'), 'x')).toThrow(/does not exist/);
  });
});
