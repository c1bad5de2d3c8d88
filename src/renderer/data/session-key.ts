import { RecordCipher } from '../../core/crypto/record-cipher';
import type { VaultRecord } from '../../core/crypto/vault-key';

// The unlocked database key, in memory only for this page's life: locking reloads the page, which
// forgets it. Backups are encrypted with it and carry the vault's wrapped copy (vault-case-file).

let session: { cipher: RecordCipher; dataKey: Uint8Array; vault: VaultRecord } | null = null;

export function setSessionKey(dataKey: Uint8Array, vault: VaultRecord): void {
  session = { cipher: new RecordCipher(dataKey), dataKey, vault };
}

export function sessionCipher(): RecordCipher | null {
  return session?.cipher ?? null;
}

/** The key and its vault record, for encrypting backups; null while locked. */
export function sessionVault(): { dataKey: Uint8Array; vault: VaultRecord } | null {
  return session ? { dataKey: session.dataKey, vault: session.vault } : null;
}
