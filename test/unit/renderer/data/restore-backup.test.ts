import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFileError } from '../../../../src/main/files/describe-file-error';
import { encryptCaseFileText } from '../../../../src/core/crypto/encrypted-case-file';
import { encryptWithVaultKey } from '../../../../src/core/crypto/vault-case-file';
import { createVault } from '../../../../src/core/crypto/vault-key';
import { BackupDigests } from '../../../../src/renderer/data/backup-digests';
import { backupWarning } from '../../../../src/renderer/backups/backup-warning';
import { formatBackupDate, formatBackupSize } from '../../../../src/renderer/backups/format-backup-date';
import { restoreBackupAsNewCase } from '../../../../src/renderer/data/restore-backup';
import { collectCaseFile } from '../../../../src/renderer/data/case-file-transfer';
import { createCase, deleteCase } from '../../../../src/renderer/data/case-repository';
import { serialiseCaseFile } from '../../../../src/core/case-file/write-case-file';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import { uniqueDatabaseName } from '../../support/case-records';

const session = await createVault('larch grove kettle', 1000);
const details = {
  reviewName: 'Child K',
  partnership: 'Kingsmere Safeguarding Children Partnership',
  reviewers: ['Reviewer One'],
  status: 'rapid-review' as const,
  dates: { incidentNotified: '2024-04-22', reviewCommissioned: null, publication: null },
};
const backupRef = { caseId: 'abc', fileName: '2021-02-14T10-42-05-123Z.cspr.json' };

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('restore')))).db;
});
afterEach(() => db.close());

const portReturning = (text: string) => ({ read: vi.fn(async () => text) });

describe('restoring a backup', () => {
  it('decrypts it with the session key and imports it as a new case, even after the case was deleted', async () => {
    const record = await createCase(db, details);
    const text = await encryptWithVaultKey(serialiseCaseFile(await collectCaseFile(db, record.id)), session.dataKey, session.record);
    await deleteCase(db, record.id);
    const port = portReturning(text);

    const restored = await restoreBackupAsNewCase(db, port, backupRef, session.dataKey);
    expect(port.read).toHaveBeenCalledWith('abc', backupRef.fileName);
    expect(restored.id).not.toBe(record.id);
    expect(await db.cases.get(restored.id)).toMatchObject({ reviewName: 'Child K', partnership: details.partnership });

    // Restoring again while the case exists makes another new case; nothing existing changes.
    const again = await restoreBackupAsNewCase(db, port, backupRef, session.dataKey);
    expect(again.id).not.toBe(restored.id);
    expect(await db.cases.count()).toBe(2);
  });

  it('refuses, plainly and changing nothing: locked, another key, a damaged file, not a case file', async () => {
    const other = await createVault('another passphrase', 1000);
    const garbage = await encryptWithVaultKey('{"format":"something else"}', session.dataKey, session.record);
    const passphraseFile = await encryptCaseFileText('{}', 'larch grove kettle', 1000);
    const cases: [string | null, Uint8Array | null, RegExp][] = [
      ['ignored', null, /locked/],
      [await encryptWithVaultKey('{}', other.dataKey, other.record), session.dataKey, /does not open with this computer’s key/],
      ['{"format":"cspr-desk/encrypted-case","version":2}', session.dataKey, /damaged/],
      [passphraseFile, session.dataKey, /encryption version \(1\)/],
      [garbage, session.dataKey, /not a case file this version can read/],
    ];
    for (const [text, key, message] of cases) {
      await expect(restoreBackupAsNewCase(db, portReturning(text ?? ''), backupRef, key)).rejects.toThrow(message);
    }
    await expect(
      restoreBackupAsNewCase(db, { read: () => Promise.reject(new Error('The file or folder does not exist')) }, backupRef, session.dataKey),
    ).rejects.toThrow(/does not exist/);
    expect(await db.cases.count()).toBe(0);
  });
});

describe('the backup warning', () => {
  it('names the usual causes in plain words, from main’s own messages', () => {
    expect(backupWarning(describeFileError({ code: 'ENOSPC' }, '/backups/x'))).toBe(
      'Backups could not be written: the disk is full. Your work is still saved in CSPR Desk; free some space or export a case file.',
    );
    expect(backupWarning(describeFileError({ code: 'EDQUOT' }, '/backups/x'))).toMatch(/^Backups could not be written: the disk is full\./);
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      expect(backupWarning(describeFileError({ code }, '/backups/x'))).toMatch(
        /^Backups could not be written: the backups folder cannot be written to .*Your work is still saved in CSPR Desk/,
      );
    }
    expect(backupWarning('CSPR Desk could not reach its main process: gone.')).toBe(
      'Backups could not be written: CSPR Desk could not reach its main process: gone. Your work is still saved in CSPR Desk; export a case file to keep a copy.',
    );
    expect(backupWarning('')).toMatch(/an unknown error/);
  });
});

describe('backup dates and sizes', () => {
  it('shows the local date and time as 14 February 2021, 10:42', () => {
    const local = new Date(2021, 1, 14, 10, 42, 5);
    expect(formatBackupDate(local.toISOString())).toBe('14 February 2021, 10:42');
    expect(formatBackupDate(new Date(2021, 0, 3, 7, 5).toISOString())).toBe('3 January 2021, 07:05');
    expect(formatBackupDate('not a date')).toBe('not a date');
  });

  it('shows sizes in bytes, KB or MB', () => {
    expect(formatBackupSize(820)).toBe('820 bytes');
    expect(formatBackupSize(14 * 1024)).toBe('14 KB');
    expect(formatBackupSize(2.3 * 1024 * 1024)).toBe('2.3 MB');
  });
});

describe('backup digests', () => {
  it('fall back to memory when storage is missing or refuses', () => {
    const memoryOnly = new BackupDigests(null);
    memoryOnly.set('a', 'digest');
    expect(memoryOnly.get('a')).toBe('digest');
    const refusing = new BackupDigests({
      length: 0,
      key: () => null,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    });
    refusing.set('a', 'digest');
    expect(refusing.get('a')).toBe('digest');
    expect(refusing.get('b')).toBeNull();
    refusing.retainOnly(new Set());
    expect(refusing.get('a')).toBeNull();
  });
});
