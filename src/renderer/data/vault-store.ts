import Dexie, { type Table } from 'dexie';
import type { VaultRecord } from '../../core/crypto/vault-key';

// The wrapped database key lives in its own small database, read before the case database is
// opened (so its upgrades already run with the key). Nothing in it is secret without the passphrase.

interface VaultRow extends VaultRecord {
  key: 'vault';
}

class VaultDatabase extends Dexie {
  vault!: Table<VaultRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ vault: 'key' });
  }
}

export const vaultDatabaseName = 'cspr-desk-vault';

export async function readVault(name = vaultDatabaseName): Promise<VaultRecord | null> {
  const db = new VaultDatabase(name);
  try {
    const row = await db.vault.get('vault');
    if (!row) return null;
    const { key: _key, ...record } = row;
    return record;
  } finally {
    db.close();
  }
}

export async function writeVault(record: VaultRecord, name = vaultDatabaseName): Promise<void> {
  const db = new VaultDatabase(name);
  try {
    await db.vault.put({ ...record, key: 'vault' });
  } finally {
    db.close();
  }
}
