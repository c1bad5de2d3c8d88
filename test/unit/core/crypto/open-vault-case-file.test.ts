import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { bytesToBase64 } from '../../../../src/core/crypto/base64';
import { encryptCaseFileText } from '../../../../src/core/crypto/encrypted-case-file';
import { openWithDataKey } from '../../../../src/core/crypto/open-vault-case-file';
import { decryptVaultCaseFile, encryptWithVaultKey } from '../../../../src/core/crypto/vault-case-file';
import { createVault } from '../../../../src/core/crypto/vault-key';

const sample = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8');
// The real key strength: the same file must also open with the passphrase alone.
const { record: vault, dataKey } = await createVault('larch grove kettle');
const backup = await encryptWithVaultKey(sample, dataKey, vault);
const envelope = () =>
  JSON.parse(backup) as Record<string, unknown> & { kdf: Record<string, unknown>; wrap: Record<string, unknown>; cipher: Record<string, unknown> };
const flip = (text: string) => text.slice(0, 20) + (text[20] === 'A' ? 'B' : 'A') + text.slice(21);

describe('openWithDataKey', () => {
  it('opens a backup with the raw data key, giving the same text the passphrase gives', async () => {
    const opened = await openWithDataKey(backup, dataKey);
    expect(opened).toEqual({ ok: true, text: sample });
    if (opened.ok) expect(readCaseFile(opened.text).ok).toBe(true);
    expect(await decryptVaultCaseFile(envelope(), 'larch grove kettle')).toEqual({ ok: true, text: sample });
    // A byte-order mark (a file touched by a Windows editor) is not a reason to refuse.
    expect(await openWithDataKey(`\uFEFF${backup}`, dataKey)).toEqual({ ok: true, text: sample });
  });

  it('refuses another key without reading anything', async () => {
    const other = (await createVault('another passphrase', 1000)).dataKey;
    expect(await openWithDataKey(backup, other)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
      message: expect.stringMatching(/does not open with this computer’s key.*Nothing was read/),
    });
  });

  it('detects any change to the data or to the header', async () => {
    const changed = (mutate: (file: ReturnType<typeof envelope>) => void) => {
      const file = envelope();
      mutate(file);
      return JSON.stringify(file);
    };
    const alterations = [
      changed((file) => (file.ciphertext = flip(file.ciphertext as string))),
      changed((file) => (file.kdf.iterations = 600_001)),
      changed((file) => (file.kdf.salt = flip(file.kdf.salt as string))),
      changed((file) => (file.wrap.wrappedKey = flip(file.wrap.wrappedKey as string))),
      changed((file) => (file.cipher.iv = bytesToBase64(new Uint8Array(12)))),
      // Same values, another key order: the header as authenticated no longer matches.
      changed((file) => (file.kdf = Object.fromEntries(Object.entries(file.kdf).reverse()))),
    ];
    for (const text of alterations) expect(await openWithDataKey(text, dataKey)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('says a passphrase file, a plain case file or a foreign file is not one it opens, and never throws', async () => {
    const versionOne = await encryptCaseFileText(sample, 'larch grove kettle', 1000);
    expect(await openWithDataKey(versionOne, dataKey)).toMatchObject({
      ok: false,
      reason: 'damaged',
      message: expect.stringMatching(/encryption version \(1\)/),
    });
    expect(await openWithDataKey(sample, dataKey)).toMatchObject({ ok: false, reason: 'not-encrypted' });
    const damagedInputs = [
      JSON.stringify({ ...envelope(), version: 3 }),
      JSON.stringify({ ...envelope(), version: [[[]]] }),
      JSON.stringify({ ...envelope(), cipher: null }),
      JSON.stringify({ ...envelope(), cipher: { name: 'AES-CBC', iv: envelope().cipher.iv } }),
      JSON.stringify({ ...envelope(), ciphertext: 42 }),
      JSON.stringify({ ...envelope(), ciphertext: 'not base64!' }),
      JSON.stringify({ ...envelope(), ciphertext: '' }),
      JSON.stringify({ ...envelope(), kdf: 'PBKDF2' }),
      JSON.stringify({ ...envelope(), wrap: [] }),
    ];
    for (const text of damagedInputs) expect(await openWithDataKey(text, dataKey)).toMatchObject({ ok: false, reason: 'damaged' });
    for (const text of ['', 'not json', '[]', 'null', '{"format":"cspr-desk/encrypted-case"}']) expect((await openWithDataKey(text, dataKey)).ok).toBe(false);
    expect(await openWithDataKey(backup, new Uint8Array(16))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await openWithDataKey(backup, null as unknown as Uint8Array)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await openWithDataKey(42 as unknown as string, dataKey)).toMatchObject({ ok: false, reason: 'not-encrypted' });
  });
});
