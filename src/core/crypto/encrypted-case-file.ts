import { base64ToBytes, bytesToBase64 } from './base64';
import { damaged, notEncrypted, wrongPassphrase, type DecryptResult } from './decrypt-result';
import { keyFromPassphrase, maxPbkdf2Iterations, pbkdf2Iterations, randomBytes } from './passphrase-key';
import { decryptVaultCaseFile } from './vault-case-file';

// An encrypted case file: the case file's text under AES-256-GCM, with a key from the
// passphrase (PBKDF2-SHA-256). The header is authenticated too, so any change to the file —
// header or data — is detected, and nothing is ever half-read.

export const encryptedCaseFileFormat = 'cspr-desk/encrypted-case';

interface EncryptedHeader {
  format: typeof encryptedCaseFileFormat;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

export interface EncryptedCaseFile extends EncryptedHeader {
  ciphertext: string;
}

export type { DecryptResult } from './decrypt-result';

const encoder = new TextEncoder();
const headerBytes = (header: EncryptedHeader) => encoder.encode(JSON.stringify([header.format, header.version, header.kdf, header.cipher]));

export async function encryptCaseFileText(text: string, passphrase: string, iterations = pbkdf2Iterations): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: EncryptedHeader = {
    format: encryptedCaseFileFormat,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
  };
  const key = await keyFromPassphrase(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, encoder.encode(text)));
  return `${JSON.stringify({ ...header, ciphertext: bytesToBase64(ciphertext) } satisfies EncryptedCaseFile)}\n`;
}

/** The file's envelope if it is an encrypted case file (checked field by field), else null. */
export function encryptedEnvelope(text: string): EncryptedCaseFile | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== encryptedCaseFileFormat) return null;
  return data as EncryptedCaseFile;
}

export function isEncryptedCaseFile(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(`"${encryptedCaseFileFormat}"`) && encryptedEnvelope(text) !== null;
}

export async function decryptCaseFileText(text: string, passphrase: string): Promise<DecryptResult> {
  const file = encryptedEnvelope(text);
  if (!file) return notEncrypted;
  // Version 2: an automatic backup, encrypted with the database key and carrying it wrapped.
  if (file.version === (2 as number)) return decryptVaultCaseFile(file as unknown as Record<string, unknown>, passphrase);
  if (file.version !== 1) {
    // Named only when it is a plain value: a file can hold anything here, even arrays too deep to print.
    const shown = typeof file.version === 'number' || typeof file.version === 'string' ? ` (${String(file.version).slice(0, 20)})` : '';
    return damaged(`its encryption version${shown} is not one this version reads`);
  }
  const { kdf, cipher } = file;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher?.name !== 'AES-GCM') return damaged('it names a method this version does not use');
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < pbkdf2Iterations || kdf.iterations > maxPbkdf2Iterations)
    return damaged('its key strength is out of range');
  if (typeof file.ciphertext !== 'string' || typeof kdf.salt !== 'string' || typeof cipher.iv !== 'string') return damaged('a part is missing');
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, ciphertext: Uint8Array<ArrayBuffer>;
  try {
    salt = base64ToBytes(kdf.salt) as Uint8Array<ArrayBuffer>;
    iv = base64ToBytes(cipher.iv) as Uint8Array<ArrayBuffer>;
    ciphertext = base64ToBytes(file.ciphertext) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    return damaged(error instanceof Error ? error.message.replace(/^The encrypted data is damaged \((.*)\)\.$/, '$1') : String(error));
  }
  if (salt.length < 16 || iv.length !== 12 || ciphertext.length < 16) return damaged('a part has the wrong length');
  const key = await keyFromPassphrase(passphrase, salt, kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes({ format: file.format, version: file.version, kdf, cipher }) },
      key,
      ciphertext,
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    // GCM cannot tell a wrong passphrase from an altered file: both fail authentication.
    return wrongPassphrase;
  }
}
