import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Real files in a temporary folder; `mkdir` and `rename` can be made to fail, to simulate a
// read-only or full disk.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, mkdir: vi.fn(actual.mkdir), rename: vi.fn(actual.rename) };
});

import { backupFileName, isBackupCaseId, isBackupFileName, parseBackupFileName } from '../../../src/main/backups/backup-names';
import { defaultRetention } from '../../../src/main/backups/backup-retention';
import { BackupStore } from '../../../src/main/backups/backup-store';

const caseId = '5f0c7a2e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const encrypted = '{"format":"cspr-desk/encrypted-case","version":2,"ciphertext":"AAAA"}\n';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
let root: string;
let clock: Date;

beforeEach(async () => {
  vi.clearAllMocks();
  dir = await mkdtemp(join(tmpdir(), 'cspr-backups-'));
  root = join(dir, 'backups');
  clock = new Date('2021-02-14T10:42:05.123Z');
});

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const store = (options: Partial<ConstructorParameters<typeof BackupStore>[0]> = {}) => new BackupStore({ root, now: () => clock, ...options });

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('backup names', () => {
  it('writes UTC timestamps Windows accepts, and reads them back', () => {
    expect(backupFileName(clock)).toBe('2021-02-14T10-42-05-123Z.cspr.json');
    expect(parseBackupFileName('2021-02-14T10-42-05-123Z.cspr.json')?.toISOString()).toBe('2021-02-14T10:42:05.123Z');
  });

  it.each([
    '',
    '2021-02-14T10:42:05.123Z.cspr.json',
    '2021-02-31T10-42-05-123Z.cspr.json',
    '2021-02-14T25-42-05-123Z.cspr.json',
    '2021-02-14T10-42-05-123Z.cspr.json.tmp',
    '.2021-02-14T10-42-05-123Z.cspr.json.abc.tmp',
    '../2021-02-14T10-42-05-123Z.cspr.json',
    '2021-02-14T10-42-05-123Z.json',
    'report.docx',
  ])('refuses %j as a backup name', (name) => {
    expect(isBackupFileName(name)).toBe(false);
  });

  it('accepts plain case ids only', () => {
    expect(isBackupCaseId(caseId)).toBe(true);
    expect(isBackupCaseId('x-0123abcd')).toBe(true);
    for (const bad of ['', '..', '../x', 'a/b', 'a\\b', 'a b', 'ä', 'a'.repeat(65), 'C:', 42, null]) expect(isBackupCaseId(bad)).toBe(false);
  });
});

describe('BackupStore', () => {
  it('writes a backup atomically to backups/<caseId>/<UTC timestamp>.cspr.json and lists it', async () => {
    const entry = await store().write(caseId, encrypted);
    expect(entry).toEqual({ caseId, fileName: '2021-02-14T10-42-05-123Z.cspr.json', createdAt: '2021-02-14T10:42:05.123Z', bytes: encrypted.length });
    expect(await readFile(join(root, caseId, entry.fileName), 'utf8')).toBe(encrypted);
    // No temporary file left behind.
    expect(await readdir(join(root, caseId))).toEqual([entry.fileName]);
    expect(await store().list()).toEqual([entry]);
    expect(await store().read(caseId, entry.fileName)).toBe(encrypted);
  });

  it.runIf(process.platform !== 'win32')('keeps backups private to the account', async () => {
    const entry = await store().write(caseId, encrypted);
    expect((await stat(join(root, caseId))).mode & 0o777).toBe(0o700);
    expect((await stat(join(root, caseId, entry.fileName))).mode & 0o777).toBe(0o600);
  });

  it('never overwrites: a second backup in the same millisecond takes the next one', async () => {
    const first = await store().write(caseId, encrypted);
    const second = await store().write(caseId, encrypted.replace('AAAA', 'BBBB'));
    expect(second.fileName).toBe('2021-02-14T10-42-05-124Z.cspr.json');
    expect(await readFile(join(root, caseId, first.fileName), 'utf8')).toBe(encrypted);
  });

  it('lists every case’s backups newest first, and only files it wrote', async () => {
    const other = 'a1b2c3d4-0000-4000-8000-000000000000';
    await store().write(caseId, encrypted);
    clock = new Date('2021-02-15T08:00:00.000Z');
    await store().write(other, encrypted);
    clock = new Date('2021-02-16T08:00:00.000Z');
    await store().write(caseId, encrypted);
    // Strangers in the folder are ignored.
    await writeFile(join(root, caseId, 'notes.txt'), 'x');
    await writeFile(join(root, caseId, '.2021-02-16T09-00-00-000Z.cspr.json.0a1b2c.tmp'), 'half');
    await mkdir(join(root, 'not a case id'));
    await writeFile(join(root, 'not a case id', backupFileName(clock)), encrypted);
    await mkdir(join(root, caseId, '2021-02-17T08-00-00-000Z.cspr.json'));
    expect((await store().list()).map((entry) => [entry.caseId, entry.createdAt])).toEqual([
      [caseId, '2021-02-16T08:00:00.000Z'],
      [other, '2021-02-15T08:00:00.000Z'],
      [caseId, '2021-02-14T10:42:05.123Z'],
    ]);
  });

  it('lists nothing before the first backup', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('prunes by the retention rule after each write', async () => {
    const start = new Date('2021-02-14T10:00:00.000Z').getTime();
    for (let index = 0; index < 25; index += 1) {
      clock = new Date(start + index * 3 * 60 * 1000);
      await store({ retention: { ...defaultRetention, dayOf: (date) => date.toISOString().slice(0, 10) } }).write(caseId, encrypted);
    }
    const names = (await readdir(join(root, caseId))).sort();
    expect(names).toHaveLength(20);
    expect(names[0]).toBe(backupFileName(new Date(start + 5 * 3 * 60 * 1000)));
  });

  it('clears temporary files left by a crash, but not one being written now', async () => {
    await mkdir(join(root, caseId), { recursive: true });
    const stale = join(root, caseId, '.2021-02-13T10-00-00-000Z.cspr.json.0a1b2c.tmp');
    const fresh = join(root, caseId, '.2021-02-14T10-42-05-000Z.cspr.json.3d4e5f.tmp');
    await writeFile(stale, 'half');
    await writeFile(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    await store().write(caseId, encrypted);
    expect((await readdir(join(root, caseId))).sort()).toEqual([fresh.split('/').pop(), '2021-02-14T10-42-05-123Z.cspr.json'].sort());
  });

  it('refuses unsafe case ids and names before touching the disk', async () => {
    await expect(store().write('../evil', encrypted)).rejects.toThrow(/case id/);
    await expect(store().read('../evil', backupFileName(clock))).rejects.toThrow(/case id/);
    await expect(store().read(caseId, '../../etc/passwd')).rejects.toThrow(/not the name of an automatic backup/);
    expect(vi.mocked(fsPromises.mkdir)).not.toHaveBeenCalled();
  });

  it('reads only ordinary files, and says so when the backup is gone', async () => {
    await expect(store().read(caseId, backupFileName(clock))).rejects.toThrow(/does not exist/);
    await mkdir(join(root, caseId, backupFileName(clock)), { recursive: true });
    await expect(store().read(caseId, backupFileName(clock))).rejects.toThrow(/folder, not a file/);
    const later = backupFileName(new Date(clock.getTime() + 1));
    await writeFile(join(dir, 'outside.txt'), 'secret');
    await symlink(join(dir, 'outside.txt'), join(root, caseId, later));
    await expect(store().read(caseId, later)).rejects.toThrow();
  });

  describe('when the disk cannot be written', () => {
    it('reports a full disk in plain words and leaves the earlier backup intact', async () => {
      const first = await store().write(caseId, encrypted);
      vi.mocked(fsPromises.rename).mockRejectedValueOnce(fsError('ENOSPC'));
      clock = new Date(clock.getTime() + 60_000);
      await expect(store().write(caseId, encrypted.replace('AAAA', 'BBBB'))).rejects.toThrow(/^The disk is full: /);
      expect(await readdir(join(root, caseId))).toEqual([first.fileName]);
      expect(await readFile(join(root, caseId, first.fileName), 'utf8')).toBe(encrypted);
    });

    it('reports a full disk from an injected writer too', async () => {
      const failing = new BackupStore({ root, writeFile: async () => Promise.reject(new Error('The disk is full: x could not be written.')) });
      await expect(failing.write(caseId, encrypted)).rejects.toThrow(/disk is full/);
    });

    it.each([
      ['EACCES', /^Permission denied: /],
      ['EROFS', /^The disk is read-only: /],
    ])('reports a folder that cannot be created (%s)', async (code, message) => {
      vi.mocked(fsPromises.mkdir).mockRejectedValueOnce(fsError(code));
      await expect(store().write(caseId, encrypted)).rejects.toThrow(message);
    });

    it('reports a backups "folder" that is a file', async () => {
      await writeFile(root, 'not a folder');
      await expect(store().write(caseId, encrypted)).rejects.toThrow(/^Part of this path is not a folder: /);
      await expect(store().list()).rejects.toThrow(/not a folder/);
    });

    it.skipIf(isRoot || process.platform === 'win32')('reports a read-only backups folder', async () => {
      await mkdir(join(root, caseId), { recursive: true });
      await chmod(join(root, caseId), 0o500);
      try {
        await expect(store().write(caseId, encrypted)).rejects.toThrow(/^Permission denied: /);
      } finally {
        await chmod(join(root, caseId), 0o700);
      }
    });
  });
});
