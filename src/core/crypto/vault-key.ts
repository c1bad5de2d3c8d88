import { base64ToBytes, bytesToBase64 } from './base64';
import { keyFromPassphrase, pbkdf2Iterations, randomBytes } from './passphrase-key';

// The local database's key: 32 random bytes, kept on disk only wrapped (AES-256-GCM) by a key
// from the reviewer's passphrase. Changing the passphrase rewraps it; the data is not re-encrypted.

export interface VaultRecord {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  wrap: { name: 'AES-GCM'; iv: string; wrappedKey: string };
  createdAt: string;
  /** Set once every record stored before the vault existed has been encrypted. */
  sealedAt?: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not the one that protects this computer’s data.');
  }
}

async function wrap(dataKey: Uint8Array<ArrayBuffer>, passphrase: string, iterations: number, now: Date): Promise<VaultRecord> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await keyFromPassphrase(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, kek, dataKey));
  return {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    wrap: { name: 'AES-GCM', iv: bytesToBase64(iv), wrappedKey: bytesToBase64(wrapped) },
    createdAt: now.toISOString(),
  };
}

/** A new vault: a fresh data key, wrapped by the passphrase. */
export async function createVault(passphrase: string, iterations = pbkdf2Iterations, now = new Date()): Promise<{ record: VaultRecord; dataKey: Uint8Array }> {
  const dataKey = randomBytes(32);
  return { record: await wrap(dataKey, passphrase, iterations, now), dataKey };
}

/** The data key, or WrongPassphraseError. */
export async function unlockVault(record: VaultRecord, passphrase: string): Promise<Uint8Array> {
  const kek = await keyFromPassphrase(passphrase, base64ToBytes(record.kdf.salt) as Uint8Array<ArrayBuffer>, record.kdf.iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: base64ToBytes(record.wrap.iv) as Uint8Array<ArrayBuffer> },
        kek,
        base64ToBytes(record.wrap.wrappedKey) as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw new WrongPassphraseError();
  }
}

/** The same data key under a new passphrase (the old one must open it first). */
export async function rewrapVault(record: VaultRecord, oldPassphrase: string, newPassphrase: string, now = new Date()): Promise<VaultRecord> {
  const dataKey = (await unlockVault(record, oldPassphrase)) as Uint8Array<ArrayBuffer>;
  return wrap(dataKey, newPassphrase, record.kdf.iterations, now);
}
