import type { CsprDatabase } from './db/cspr-database';

/**
 * Rewrites every record of the encrypted tables through the encryption layer, so data stored
 * before the passphrase was set is stored sealed. One transaction per table: a crash leaves a
 * table either as it was (still readable) or fully sealed. Returns how many records were written.
 */
export async function encryptExistingRecords(db: CsprDatabase, plainTables: ReadonlySet<string>): Promise<number> {
  let written = 0;
  for (const table of db.tables) {
    if (plainTables.has(table.name)) continue;
    await db.transaction('rw', table, async () => {
      const rows = await table.toArray();
      if (rows.length > 0) await table.bulkPut(rows);
      written += rows.length;
    });
  }
  return written;
}
