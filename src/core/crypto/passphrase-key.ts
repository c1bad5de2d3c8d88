// The key that protects case files (and the local database) comes from the reviewer's passphrase
// through PBKDF2-SHA-256: slow on purpose, so a stolen file cannot be guessed at quickly.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const pbkdf2Iterations = 600_000;
/** A hostile file cannot make the app hash for minutes: more than this is refused. */
export const maxPbkdf2Iterations = 10_000_000;
export const minPassphraseLength = 10;

const encoder = new TextEncoder();

/** WebCrypto's key type, named without the DOM library (src/core runs in Node and the browser). */
export type AesKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** An AES-256-GCM key from a passphrase and salt. Not extractable: it never leaves WebCrypto. */
export async function keyFromPassphrase(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = pbkdf2Iterations): Promise<AesKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
  ]);
}

/** Why a new passphrase is not good enough, or null. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.length < minPassphraseLength) return `Use at least ${minPassphraseLength} characters: a few words you will remember are best.`;
  if (/^(.)\1*$/.test(passphrase)) return 'A passphrase of one repeated character is too easy to guess.';
  return null;
}

/** Why a new passphrase, typed twice, cannot be used, or null. */
export function newPassphraseProblem(passphrase: string, repeat: string): string | null {
  return passphraseProblem(passphrase) ?? (passphrase !== repeat ? 'The two passphrases are not the same.' : null);
}
