import { base64ToBytes, bytesToBase64 } from './base64';
import { damaged, wrongPassphrase, type DecryptResult } from './decrypt-result';
import { maxPbkdf2Iterations, pbkdf2Iterations, randomBytes } from './passphrase-key';
import { unlockVault, WrongPassphraseError, type VaultRecord } from './vault-key';

// Automatic backups are encrypted with the database key itself (the app holds it while unlocked,
// never the passphrase), and carry that key wrapped by the passphrase, as the vault stores it: so a
// backup opens with the passphrase alone, even on another computer or after the database is lost.
// Format "cspr-desk/encrypted-case", version 2.

export interface VaultEncryptedCaseFile {
  format: 'cspr-desk/encrypted-case';
  version: 2;
  kdf: VaultRecord['kdf'];
  wrap: VaultRecord['wrap'];
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertext: string;
}

const encoder = new TextEncoder();
export const headerBytes = (file: Omit<VaultEncryptedCaseFile, 'ciphertext'>) =>
  encoder.encode(JSON.stringify([file.format, file.version, file.kdf, file.wrap, file.cipher]));

async function aesKey(raw: Uint8Array): Promise<Awaited<ReturnType<typeof crypto.subtle.importKey>>> {
  return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function encryptWithVaultKey(text: string, dataKey: Uint8Array, vault: VaultRecord): Promise<string> {
  const iv = randomBytes(12);
  const header: Omit<VaultEncryptedCaseFile, 'ciphertext'> = {
    format: 'cspr-desk/encrypted-case',
    version: 2,
    kdf: vault.kdf,
    wrap: vault.wrap,
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
  };
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, await aesKey(dataKey), encoder.encode(text)),
  );
  return `${JSON.stringify({ ...header, ciphertext: bytesToBase64(ciphertext) } satisfies VaultEncryptedCaseFile)}\n`;
}

/**
 * The text of a version 2 file under its data key: null when GCM refuses it (another key, or
 * any change to header or data), damaged when it is not UTF-8 text.
 */
export async function decryptWithDataKey(
  header: Omit<VaultEncryptedCaseFile, 'ciphertext'>,
  iv: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
  dataKey: Uint8Array,
): Promise<DecryptResult | null> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, await aesKey(dataKey), data);
  } catch {
    return null;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return damaged('its contents are not UTF-8 text');
  }
}

/** Opens a version 2 file with the passphrase; never throws. */
export async function decryptVaultCaseFile(file: Record<string, unknown>, passphrase: string): Promise<DecryptResult> {
  const { kdf, wrap, cipher, ciphertext } = file as Partial<VaultEncryptedCaseFile>;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || wrap?.name !== 'AES-GCM' || cipher?.name !== 'AES-GCM')
    return damaged('it names a method this version does not use');
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < pbkdf2Iterations || kdf.iterations > maxPbkdf2Iterations)
    return damaged('its key strength is out of range');
  if (
    typeof ciphertext !== 'string' ||
    typeof cipher.iv !== 'string' ||
    typeof kdf.salt !== 'string' ||
    typeof wrap.iv !== 'string' ||
    typeof wrap.wrappedKey !== 'string'
  )
    return damaged('a part is missing');
  let dataKey: Uint8Array;
  let iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
  try {
    iv = base64ToBytes(cipher.iv) as Uint8Array<ArrayBuffer>;
    data = base64ToBytes(ciphertext) as Uint8Array<ArrayBuffer>;
    dataKey = await unlockVault({ kdf, wrap, createdAt: '' }, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return wrongPassphrase;
    return damaged(error instanceof Error ? error.message : String(error));
  }
  if (dataKey.length !== 32 || iv.length !== 12 || data.length < 16) return damaged('a part has the wrong length');
  return (await decryptWithDataKey({ format: 'cspr-desk/encrypted-case', version: 2, kdf, wrap, cipher }, iv, data, dataKey)) ?? wrongPassphrase;
}
