import type { CaseRecord } from '../../core/cases/case-record';
import { readCaseFile } from '../../core/case-file/read-case-file';
import { openWithDataKey } from '../../core/crypto/open-vault-case-file';
import type { BackupEntry } from '../../preload/ipc-contract';
import { importCase } from './case-repository';
import type { CsprDatabase } from './db/cspr-database';
import type { BackupsPort } from '../platform/platform';

/**
 * Restores a backup as a new case (a new id, so nothing existing is touched): read through the
 * port, decrypted with the key the app holds while unlocked, checked as any case file is, then
 * imported in one transaction. Any failure throws a plain message and changes nothing.
 */
export async function restoreBackupAsNewCase(
  db: CsprDatabase,
  port: Pick<BackupsPort, 'read'>,
  backup: Pick<BackupEntry, 'caseId' | 'fileName'>,
  dataKey: Uint8Array | null,
): Promise<CaseRecord> {
  if (dataKey === null) throw new Error('CSPR Desk is locked: unlock it to restore a backup.');
  const text = await port.read(backup.caseId, backup.fileName);
  const opened = await openWithDataKey(text, dataKey);
  if (!opened.ok) throw new Error(opened.message);
  const checked = readCaseFile(opened.text);
  if (!checked.ok) {
    const shown = checked.errors.slice(0, 5).join(' ');
    const more = checked.errors.length > 5 ? ` (and ${checked.errors.length - 5} more problems)` : '';
    throw new Error(`The backup opened but is not a case file this version can read: ${shown}${more}`);
  }
  return importCase(db, checked.file, { kind: 'as-new' });
}
