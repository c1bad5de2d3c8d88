import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CsprDatabase } from '../../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../../src/renderer/data/db/open-database';
import { currentSchemaVersion, schemaVersions } from '../../../../../src/renderer/data/db/schema-versions';
import { emptyReportDocument } from '../../../../../src/core/report/empty-report-document';
import { getReportContent } from '../../../../../src/renderer/data/report-content-store';
import { RecordCipher } from '../../../../../src/core/crypto/record-cipher';
import { makeCaseRecord, uniqueDatabaseName } from '../../../support/case-records';

// Every shipped schema version must upgrade to the current one without losing a record.
describe('database schema upgrades', () => {
  for (const previous of schemaVersions.slice(0, -1)) {
    it(`keeps every case when upgrading from schema version ${previous.version}`, async () => {
      const name = uniqueDatabaseName('upgrade');
      const old = new CsprDatabase(
        name,
        schemaVersions.filter((entry) => entry.version <= previous.version),
      );
      const records = [makeCaseRecord(), makeCaseRecord({ archived: true }), makeCaseRecord({ reviewers: [] })];
      await old.cases.bulkAdd(records);
      old.close();

      const opened = await openDatabase(new CsprDatabase(name));
      expect(opened.readOnly).toBe(false);
      expect(Math.round(opened.db.verno)).toBe(currentSchemaVersion);
      expect(await opened.db.cases.orderBy('id').toArray()).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await opened.db.meta.get('written-by')).toMatchObject({ schemaVersion: currentSchemaVersion });
      opened.db.close();
    });
  }

  // One row in every table the older version had: every one must still be there, readable, after
  // upgrading, with the database opened as the app opens it (encrypted, unlocked).
  for (const previous of schemaVersions.slice(0, -1)) {
    it(`keeps a record in every table when upgrading from schema version ${previous.version}, and reads them through the encryption layer`, async () => {
      const name = uniqueDatabaseName('upgrade-all');
      const old = new CsprDatabase(
        name,
        schemaVersions.filter((entry) => entry.version <= previous.version),
      );
      await old.open();
      const tables = Object.keys(previous.stores);
      for (const table of tables) {
        const primaryKey = previous.stores[table]!.split(',')[0]!
          .trim()
          .replace(/^[+&]+/, '');
        await old.table(table).add({ [primaryKey]: `${table}-1`, ...(primaryKey === 'caseId' ? {} : { caseId: 'case-1' }), marker: `kept in ${table}` });
      }
      old.close();
      const cipher = new RecordCipher(crypto.getRandomValues(new Uint8Array(32)));
      const opened = await openDatabase(new CsprDatabase(name, schemaVersions, () => cipher));
      for (const table of tables) {
        const rows = (await opened.db.table(table).toArray()) as { marker?: string }[];
        expect(
          rows.map((row) => row.marker),
          table,
        ).toContain(`kept in ${table}`);
      }
      opened.db.close();
    });
  }

  it('turns a stored report body into JSON text when upgrading to version 6, keeping every word', async () => {
    const name = uniqueDatabaseName('upgrade-content');
    const old = new CsprDatabase(
      name,
      schemaVersions.filter((entry) => entry.version <= 5),
    );
    const document = emptyReportDocument();
    document.content[0]!.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'Written before the upgrade.' }] }];
    await old.table('reportContents').add({ caseId: 'case-1', content: document, updatedAt: '2024-06-01T09:00:00.000Z' });
    old.close();
    const opened = await openDatabase(new CsprDatabase(name));
    expect(await getReportContent(opened.db, 'case-1')).toEqual({ caseId: 'case-1', content: document, updatedAt: '2024-06-01T09:00:00.000Z' });
    expect(Object.keys((await opened.db.reportContents.get('case-1'))!)).not.toContain('content');
    opened.db.close();
  });

  it('declares versions in increasing order with no gaps in history', () => {
    const numbers = schemaVersions.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('data written by a newer version of the app', () => {
  it('opens read-only with a message, and refuses every write', async () => {
    const name = uniqueDatabaseName('newer');
    const record = makeCaseRecord();
    const newer = new Dexie(name);
    newer.version(currentSchemaVersion + 5).stores({ cases: 'id, updatedAt, status', meta: 'key', reports: 'caseId' });
    await newer.table('cases').add(record);
    await newer.table('meta').put({ key: 'written-by', schemaVersion: currentSchemaVersion + 5, appVersion: '9.0.0', writtenAt: '2030-01-01T00:00:00Z' });
    newer.close();

    const opened = await openDatabase(new CsprDatabase(name));
    expect(opened.readOnly).toBe(true);
    if (opened.readOnly) expect(opened.reason).toMatch(/newer version of CSPR Desk \(version 9\.0\.0/);
    await expect(opened.db.cases.put({ ...record, reviewName: 'Overwritten' })).rejects.toThrow(/newer version/);
    await expect(opened.db.cases.delete(record.id)).rejects.toThrow(/newer version/);
    expect(await opened.db.cases.get(record.id)).toEqual(record);
    expect((await opened.db.meta.get('written-by'))?.appVersion).toBe('9.0.0');
    opened.db.close();
  });

  it('opens read-only when only the written-by record is newer', async () => {
    const name = uniqueDatabaseName('newer-meta');
    const current = new CsprDatabase(name);
    await current.open();
    await current.meta.put({ key: 'written-by', schemaVersion: currentSchemaVersion + 1, appVersion: '2.0.0', writtenAt: '2030-01-01T00:00:00Z' });
    current.close();
    const opened = await openDatabase(new CsprDatabase(name));
    expect(opened.readOnly).toBe(true);
    opened.db.close();
  });
});
