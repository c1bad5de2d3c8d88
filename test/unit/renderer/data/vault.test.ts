import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createVault, rewrapVault, unlockVault, WrongPassphraseError } from '../../../../src/core/crypto/vault-key';
import { readVault, writeVault } from '../../../../src/renderer/data/vault-store';
import { uniqueDatabaseName } from '../../support/case-records';

describe('the vault holding the database key', () => {
  it('wraps a fresh 32-byte key with the passphrase (600,000 PBKDF2 iterations), stores it, and unwraps it again', async () => {
    const { record, dataKey } = await createVault('larch grove kettle');
    expect(dataKey).toHaveLength(32);
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(JSON.stringify(record)).not.toContain(Buffer.from(dataKey).toString('base64'));
    const name = uniqueDatabaseName('vault');
    await writeVault(record, name);
    const stored = await readVault(name);
    expect(stored).toEqual(record);
    expect(await unlockVault(stored!, 'larch grove kettle')).toEqual(dataKey);
  });

  it('refuses a wrong passphrase, and changing the passphrase keeps the same key', async () => {
    const { record, dataKey } = await createVault('larch grove kettle', 1000);
    await expect(unlockVault(record, 'larch grove kettles')).rejects.toBeInstanceOf(WrongPassphraseError);
    const rewrapped = await rewrapVault(record, 'larch grove kettle', 'a brand new passphrase');
    expect(await unlockVault(rewrapped, 'a brand new passphrase')).toEqual(dataKey);
    await expect(unlockVault(rewrapped, 'larch grove kettle')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(rewrapVault(record, 'wrong old passphrase', 'x'.repeat(12))).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('has no vault until one is written', async () => {
    expect(await readVault(uniqueDatabaseName('empty-vault'))).toBeNull();
  });
});
