import { createVault, unlockVault, type VaultRecord } from '../../core/crypto/vault-key';
import { CsprDatabase, plainTables } from './db/cspr-database';
import { openDatabase, type OpenDatabaseResult } from './db/open-database';
import { schemaVersions } from './db/schema-versions';
import { encryptExistingRecords } from './encrypt-existing-records';
import { sessionCipher, setSessionKey } from './session-key';
import { writeVault } from './vault-store';

/** The case database, opened with the session key, after a check that the key opens its records. */
async function openWithKey(): Promise<OpenDatabaseResult> {
  const opened = await openDatabase(new CsprDatabase(undefined, schemaVersions, sessionCipher));
  try {
    await opened.db.cases.limit(1).toArray();
  } catch (error) {
    opened.db.close();
    throw new Error('The case data on this computer was encrypted with another key: it cannot be opened with this passphrase. Nothing has been changed.', {
      cause: error,
    });
  }
  return opened;
}

/**
 * Records stored before the vault existed are encrypted once; the vault notes when that is done,
 * so a crash half-way is finished at the next unlock (unsealed records stay readable meanwhile).
 */
async function sealOnce(opened: OpenDatabaseResult, record: VaultRecord): Promise<void> {
  if (record.sealedAt || opened.readOnly) return;
  await encryptExistingRecords(opened.db, plainTables);
  await writeVault({ ...record, sealedAt: new Date().toISOString() });
}

/** First use: a new key for this computer, stored (wrapped) before any data is encrypted with it. */
export async function setUpVault(passphrase: string): Promise<OpenDatabaseResult> {
  const { record, dataKey } = await createVault(passphrase);
  setSessionKey(dataKey, record);
  const opened = await openWithKey();
  await writeVault(record);
  await sealOnce(opened, record);
  return opened;
}

export async function unlockAndOpen(record: VaultRecord, passphrase: string): Promise<OpenDatabaseResult> {
  setSessionKey(await unlockVault(record, passphrase), record);
  const opened = await openWithKey();
  await sealOnce(opened, record);
  return opened;
}
