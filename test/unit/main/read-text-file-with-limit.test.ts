import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTextFileWithLimit } from '../../../src/main/files/read-text-file-with-limit';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cspr-read-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTextFileWithLimit', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const file = join(dir, 'chronology.csv');
    await writeFile(file, '\uFEFFdate,event\n01/02/2024,Visit – £0\n');
    expect(await readTextFileWithLimit(file, 1000)).toBe('date,event\n01/02/2024,Visit – £0\n');
  });

  it('reads an empty file', async () => {
    const file = join(dir, 'empty.txt');
    await writeFile(file, '');
    expect(await readTextFileWithLimit(file, 10)).toBe('');
  });

  it('accepts a file exactly at the limit and refuses one byte more', async () => {
    const file = join(dir, 'ten.txt');
    await writeFile(file, '0123456789');
    expect(await readTextFileWithLimit(file, 10)).toBe('0123456789');
    await expect(readTextFileWithLimit(file, 9)).rejects.toThrow(/ten\.txt is too large to open/);
  });

  it('refuses text that is not UTF-8 instead of garbling it', async () => {
    const file = join(dir, 'windows-1252.csv');
    await writeFile(file, Buffer.from([0x50, 0x61, 0x69, 0x64, 0x20, 0xa3, 0x35])); // "Paid £5" in Windows-1252
    await expect(readTextFileWithLimit(file, 100)).rejects.toThrow(/is not UTF-8 text/);
  });

  it('gives clear errors for folders and missing files', async () => {
    await expect(readTextFileWithLimit(dir, 100)).rejects.toThrow(/is not an ordinary file/);
    await expect(readTextFileWithLimit(join(dir, 'missing.txt'), 100)).rejects.toThrow(/does not exist/);
  });
});
