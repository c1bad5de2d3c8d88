import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { decryptCaseFileText, encryptCaseFileText, isEncryptedCaseFile } from '../../../../src/core/crypto/encrypted-case-file';
import { newPassphraseProblem, passphraseProblem, pbkdf2Iterations } from '../../../../src/core/crypto/passphrase-key';

const sample = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8');
const passphrase = 'larch grove kettle';
const encrypted = await encryptCaseFileText(sample, passphrase);
const envelope = () => JSON.parse(encrypted) as Record<string, Record<string, unknown> | string | number>;

describe('encrypted case files', () => {
  it('round-trips the sample case file with its passphrase, and holds none of its words in the clear', async () => {
    expect(isEncryptedCaseFile(encrypted)).toBe(true);
    expect(isEncryptedCaseFile(sample)).toBe(false);
    for (const word of ['Kingsmere', 'Lewis Thomas', 'Harding', 'Safeguarding', 'cspr-desk/case"']) expect(encrypted).not.toContain(word);
    expect(envelope()).toMatchObject({ kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: pbkdf2Iterations }, cipher: { name: 'AES-GCM' } });
    const result = await decryptCaseFileText(encrypted, passphrase);
    expect(result).toEqual({ ok: true, text: sample });
    if (result.ok) expect(readCaseFile(result.text).ok).toBe(true);
  });

  it('encrypts the same file differently every time (fresh salt and nonce)', async () => {
    const again = await encryptCaseFileText(sample, passphrase);
    expect(JSON.parse(again).kdf.salt).not.toBe(envelope().kdf && (envelope().kdf as Record<string, unknown>).salt);
    expect(JSON.parse(again).ciphertext).not.toBe(envelope().ciphertext);
  });

  it('refuses a wrong passphrase, saying so, and reads nothing', async () => {
    expect(await decryptCaseFileText(encrypted, 'larch grove kettles')).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
      message: expect.stringContaining('The passphrase is wrong, or the file has been altered'),
    });
  });

  it('detects any change to the data or to the header', async () => {
    const changed = (mutate: (file: ReturnType<typeof envelope>) => void) => {
      const file = envelope();
      mutate(file);
      return JSON.stringify(file);
    };
    const flip = (text: string) => text.slice(0, 20) + (text[20] === 'A' ? 'B' : 'A') + text.slice(21);
    const data = changed((file) => (file.ciphertext = flip(file.ciphertext as string)));
    const iv = changed((file) => ((file.cipher as Record<string, unknown>).iv = 'AAAAAAAAAAAAAAAA'));
    const stronger = changed((file) => ((file.kdf as Record<string, unknown>).iterations = pbkdf2Iterations + 1));
    for (const text of [data, iv, stronger]) expect(await decryptCaseFileText(text, passphrase)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuses damaged or hostile envelopes before any key is derived, with a clear message', async () => {
    const cases: [string, RegExp][] = [
      [JSON.stringify({ ...envelope(), kdf: { ...(envelope().kdf as object), iterations: 1000 } }), /key strength is out of range/],
      [JSON.stringify({ ...envelope(), kdf: { ...(envelope().kdf as object), iterations: 1e12 } }), /key strength is out of range/],
      [JSON.stringify({ ...envelope(), cipher: { name: 'AES-CBC', iv: 'AAAA' } }), /names a method this version does not use/],
      [JSON.stringify({ ...envelope(), ciphertext: 'not base64!' }), /not base64/],
      [JSON.stringify({ ...envelope(), ciphertext: undefined }), /a part is missing/],
      [JSON.stringify({ ...envelope(), version: 3 }), /encryption version \(3\)/],
      [JSON.stringify({ ...envelope(), version: 2 }), /names a method this version does not use/],
      [JSON.stringify({ ...envelope(), ciphertext: 'AAAA' }), /wrong length/],
    ];
    for (const [text, message] of cases) {
      const result = await decryptCaseFileText(text, passphrase);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(await decryptCaseFileText(sample, passphrase)).toMatchObject({ ok: false, reason: 'not-encrypted' });
    expect(await decryptCaseFileText('{"format": "cspr-desk/encrypted-case"', passphrase)).toMatchObject({ ok: false, reason: 'not-encrypted' });
  });

  it('asks for a passphrase of at least ten characters', () => {
    expect(passphraseProblem('short')).toMatch(/at least 10 characters/);
    expect(passphraseProblem('aaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passphraseProblem('larch grove kettle')).toBeNull();
    expect(newPassphraseProblem('larch grove kettle', 'larch grove kettel')).toMatch(/not the same/);
    expect(newPassphraseProblem('short', 'short')).toMatch(/at least 10/);
    expect(newPassphraseProblem('larch grove kettle', 'larch grove kettle')).toBeNull();
  });
});

describe('backups encrypted with the database key (version 2)', () => {
  it('open with the passphrase alone, and refuse a wrong one or any change', async () => {
    const { createVault } = await import('../../../../src/core/crypto/vault-key');
    const { encryptWithVaultKey } = await import('../../../../src/core/crypto/vault-case-file');
    const { record, dataKey } = await createVault(passphrase);
    const backup = await encryptWithVaultKey(sample, dataKey, record);
    expect(JSON.parse(backup)).toMatchObject({ format: 'cspr-desk/encrypted-case', version: 2, kdf: { iterations: pbkdf2Iterations } });
    expect(backup).not.toContain('Kingsmere');
    expect(await decryptCaseFileText(backup, passphrase)).toEqual({ ok: true, text: sample });
    expect(await decryptCaseFileText(backup, 'larch grove kettles')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    const file = JSON.parse(backup) as { ciphertext: string; cipher: { iv: string } };
    const altered = JSON.stringify({
      ...file,
      ciphertext: file.ciphertext.slice(0, 30) + (file.ciphertext[30] === 'A' ? 'B' : 'A') + file.ciphertext.slice(31),
    });
    expect(await decryptCaseFileText(altered, passphrase)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });
});
