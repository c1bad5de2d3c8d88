import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

// Seals the stored records of the local database. Synchronous on purpose: IndexedDB
// transactions close at the first await of anything else (WebCrypto included), so records are
// sealed and opened in the same tick as the database call. XChaCha20-Poly1305 (audited, pure JS,
// fast without hardware AES) with a random 24-byte nonce per record.

const nonceLength = 24;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class RecordCipher {
  constructor(private readonly key: Uint8Array) {
    if (key.length !== 32) throw new Error('A record key is 32 bytes.');
  }

  seal(text: string): Uint8Array {
    const nonce = crypto.getRandomValues(new Uint8Array(nonceLength));
    const sealed = xchacha20poly1305(this.key, nonce).encrypt(encoder.encode(text));
    const out = new Uint8Array(nonceLength + sealed.length);
    out.set(nonce);
    out.set(sealed, nonceLength);
    return out;
  }

  /** Throws when the record was altered or sealed with another key. */
  open(sealed: Uint8Array): string {
    if (sealed.length < nonceLength + 16) throw new Error('A stored record is damaged.');
    return decoder.decode(xchacha20poly1305(this.key, sealed.subarray(0, nonceLength)).decrypt(sealed.subarray(nonceLength)));
  }
}
