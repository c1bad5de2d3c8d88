import { base64ToBytes } from './base64';
import { damaged, notEncrypted, type DecryptResult } from './decrypt-result';
import { encryptedEnvelope } from './encrypted-case-file';
import { decryptWithDataKey, type VaultEncryptedCaseFile } from './vault-case-file';

// Opens an automatic backup (an encrypted case file, version 2) with the database key the app
// already holds while unlocked, so restoring a backup never asks for the passphrase again. The
// same checks as with the passphrase: the header is the GCM additional data, so a changed byte
// anywhere — header or data — is refused and nothing is read.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decrypts a version 2 encrypted case file with the raw 32-byte data key. Never throws. */
export async function openWithDataKey(text: string, dataKey: Uint8Array): Promise<DecryptResult> {
  try {
    const file = typeof text === 'string' ? encryptedEnvelope(text) : null;
    if (!file) return notEncrypted;
    const { version, kdf, wrap, cipher, ciphertext } = file as unknown as Partial<Record<keyof VaultEncryptedCaseFile, unknown>>;
    if (version !== 2) {
      const shown = typeof version === 'number' || typeof version === 'string' ? ` (${String(version).slice(0, 20)})` : '';
      return damaged(`its encryption version${shown} is not one that opens with this computer’s key`);
    }
    if (!isObject(kdf) || !isObject(wrap) || !isObject(cipher)) return damaged('a part is missing');
    if (cipher.name !== 'AES-GCM') return damaged('it names a method this version does not use');
    if (typeof cipher.iv !== 'string' || typeof ciphertext !== 'string') return damaged('a part is missing');
    let iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
    try {
      iv = base64ToBytes(cipher.iv) as Uint8Array<ArrayBuffer>;
      data = base64ToBytes(ciphertext) as Uint8Array<ArrayBuffer>;
    } catch {
      return damaged('not base64');
    }
    if (!(dataKey instanceof Uint8Array) || dataKey.length !== 32 || iv.length !== 12 || data.length < 16) return damaged('a part has the wrong length');
    // The header exactly as written (the parsed objects keep the file's key order), as in vault-case-file.
    const header = { format: file.format, version: 2, kdf, wrap, cipher } as Omit<VaultEncryptedCaseFile, 'ciphertext'>;
    // GCM cannot tell another key from an altered file: both fail authentication.
    return (
      (await decryptWithDataKey(header, iv, data, new Uint8Array(dataKey))) ?? {
        ok: false,
        reason: 'wrong-passphrase',
        message:
          'This backup does not open with this computer’s key (it was written under another passphrase set-up), or it has been altered since it was written. Nothing was read.',
      }
    );
  } catch (error) {
    return damaged(error instanceof Error ? error.message : String(error));
  }
}
