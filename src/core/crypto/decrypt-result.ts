import type { Result } from '../result';
// What opening an encrypted case file gives, and its refusals, worded once for every format.

export type DecryptResult = Result<{ text: string }, { reason: 'not-encrypted' | 'damaged' | 'wrong-passphrase' }>;

export const notEncrypted: DecryptResult = { ok: false, reason: 'not-encrypted', message: 'The file is not an encrypted case file.' };

export const wrongPassphrase: DecryptResult = {
  ok: false,
  reason: 'wrong-passphrase',
  message: 'The passphrase is wrong, or the file has been altered since it was written. Nothing was read.',
};

export function damaged(detail: string): DecryptResult {
  return { ok: false, reason: 'damaged', message: `The encrypted case file is damaged or was not written by CSPR Desk: ${detail}.` };
}
