import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RecordCipher } from '../../../../../src/core/crypto/record-cipher';
import { createCase, deleteCase, importCase } from '../../../../../src/renderer/data/case-repository';
import { collectCaseFile } from '../../../../../src/renderer/data/case-file-transfer';
import { CsprDatabase, plainTables } from '../../../../../src/renderer/data/db/cspr-database';
import { DatabaseLockedError, sealedField } from '../../../../../src/renderer/data/db/encryption-middleware';
import { schemaVersions } from '../../../../../src/renderer/data/db/schema-versions';
import { addNote, createEvent, listNotes, setNotesTheme, addTheme, deleteTheme } from '../../../../../src/renderer/data/event-repository';
import { encryptExistingRecords } from '../../../../../src/renderer/data/encrypt-existing-records';
import { uniqueDatabaseName } from '../../../support/case-records';
import { emptyReportDocument } from '../../../../../src/core/report/empty-report-document';
import { getReportContent } from '../../../../../src/renderer/data/report-content-store';
import { ensureReport, saveReportContent } from '../../../../../src/renderer/data/report-repository';
import { sessionCipher, setSessionKey } from '../../../../../src/renderer/data/session-key';

const key = () => crypto.getRandomValues(new Uint8Array(32));
const details = {
  reviewName: 'Child S',
  partnership: 'Kingsmere Safeguarding Children Partnership',
  reviewers: ['Reviewer A'],
  status: 'in-progress' as const,
  dates: { incidentNotified: '2024-04-22', reviewCommissioned: null, publication: null },
};

/** Every stored row as IndexedDB holds it, read without the encryption layer. */
async function rawRows(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of raw.tables) rows[table.name] = (await table.toArray()) as Record<string, unknown>[];
  raw.close();
  return rows;
}

function encryptedDatabase(name: string, cipher: RecordCipher | null) {
  let active = cipher;
  const db = new CsprDatabase(name, schemaVersions, () => active);
  return { db, lock: () => (active = null) };
}

describe('the database encrypted at rest', () => {
  it('stores case data sealed, leaving only ids, foreign keys and other indexed fields in the clear, and reads it back whole', async () => {
    const name = uniqueDatabaseName('sealed');
    const { db } = encryptedDatabase(name, new RecordCipher(key()));
    const record = await createCase(db, details);
    const event = await createEvent(db, record.id, { type: 'learning-event', date: '2024-03-14', place: 'A community venue' });
    await addNote(db, event, { text: 'Staff noticed Lewy was hungry', attendeeId: null, tags: ['voiceofchild'] }, '2024-03-14T10:00:00');
    const raw = await rawRows(name);
    const text = JSON.stringify(raw);
    for (const secret of ['Child S', 'Kingsmere', 'Reviewer A', 'community venue', 'Lewy', 'voiceofchild']) expect(text).not.toContain(secret);
    expect(raw.cases![0]).toEqual({ id: record.id, updatedAt: record.updatedAt, status: 'in-progress', [sealedField]: expect.any(Uint8Array) });
    expect(raw.eventNotes![0]).toMatchObject({ caseId: record.id, eventId: event.id, order: 0 });
    // Not case data: the version record stays readable, so a newer app's data is recognised before unlocking.
    await db.meta.put({ key: 'written-by', schemaVersion: 7, appVersion: '0.1.0', writtenAt: '2024-06-01T09:00:00.000Z' });
    expect((await rawRows(name)).meta![0]).toMatchObject({ key: 'written-by', appVersion: '0.1.0' });
    // Read back through the app: every field, by key, by index, by cursor.
    expect(await db.cases.get(record.id)).toEqual(record);
    expect(await db.cases.where('status').equals('in-progress').toArray()).toEqual([record]);
    expect((await listNotes(db, event.id))[0]).toMatchObject({ text: 'Staff noticed Lewy was hungry', tags: ['voiceofchild'] });
    const viaCursor: string[] = [];
    await db.eventNotes
      .where('caseId')
      .equals(record.id)
      .each((note) => viaCursor.push(note.text));
    expect(viaCursor).toEqual(['Staff noticed Lewy was hungry']);
    db.close();
  });

  it('updates and modifies sealed records in place, and deletes a case whole', async () => {
    const name = uniqueDatabaseName('modify');
    const { db } = encryptedDatabase(name, new RecordCipher(key()));
    const record = await createCase(db, details);
    const event = await createEvent(db, record.id, { type: 'learning-event', date: '2024-03-14', place: 'online' });
    const note = await addNote(db, event, { text: 'The referral was closed', attendeeId: null, tags: [] }, '2024-03-14T10:00:00');
    const theme = await addTheme(db, record.id, 'Information sharing');
    await setNotesTheme(db, [note.id], theme.id);
    expect((await db.eventNotes.get(note.id))?.themeId).toBe(theme.id);
    await deleteTheme(db, record.id, theme.id); // where().filter().modify() over sealed records
    expect(await db.eventNotes.get(note.id)).toMatchObject({ themeId: null, text: 'The referral was closed' });
    const file = await collectCaseFile(db, record.id);
    await deleteCase(db, record.id);
    expect(JSON.stringify(await rawRows(name))).not.toContain(record.id);
    await importCase(db, file, { kind: 'keep-id' });
    expect(await listNotes(db, event.id)).toHaveLength(0); // notes came back under new ids
    expect(await db.eventNotes.where('caseId').equals(record.id).count()).toBe(1);
    db.close();
  });

  it('refuses every read and write of case data while locked, and cannot be read with another key', async () => {
    const name = uniqueDatabaseName('locked');
    const { db, lock } = encryptedDatabase(name, new RecordCipher(key()));
    const record = await createCase(db, details);
    lock();
    await expect(db.cases.get(record.id)).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(createCase(db, details)).rejects.toThrow(/locked/);
    db.close();
    const other = encryptedDatabase(name, new RecordCipher(key())).db;
    await expect(other.cases.get(record.id)).rejects.toThrow();
    other.close();
  });

  it('stores the report body sealed before its transaction (as the autosave does), and reads it back whole', async () => {
    const name = uniqueDatabaseName('report-autosave');
    const dataKey = key();
    setSessionKey(dataKey, {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: '' },
      wrap: { name: 'AES-GCM', iv: '', wrappedKey: '' },
      createdAt: '',
    });
    const db = new CsprDatabase(name, schemaVersions, sessionCipher);
    const record = await createCase(db, details);
    await ensureReport(db, record);
    const content = emptyReportDocument();
    content.content[1]!.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'Lewy was seen at home by the health visitor.' }] }];
    await saveReportContent(db, record.id, content);
    const raw = (await rawRows(name)).reportContents![0]!;
    expect(Object.keys(raw).sort()).toEqual([sealedField, 'caseId'].sort());
    expect(JSON.stringify(raw)).not.toContain('Lewy');
    expect((await getReportContent(db, record.id))?.content).toEqual(content);
    // One piece of JSON with the body in it as it is: read with one parse, not a string to parse again.
    const opened = JSON.parse(new RecordCipher(dataKey).open(raw[sealedField] as Uint8Array)) as Record<string, unknown>;
    expect(opened.content).toEqual(content);
    expect(opened.contentJson).toBeUndefined();
    // A body stored by an earlier version, as JSON text inside the record, is still read.
    await db.reportContents.put({ caseId: record.id, contentJson: JSON.stringify(content), updatedAt: '2024-06-01T09:00:00.000Z' });
    expect((await getReportContent(db, record.id))?.content).toEqual(content);
    db.close();
  });

  it('reads records stored before encryption, and seals them all on request', async () => {
    const name = uniqueDatabaseName('legacy');
    const plain = new CsprDatabase(name);
    const record = await createCase(plain, details);
    await createEvent(plain, record.id, { type: 'family-conversation', date: '2024-03-20', place: 'the family home' });
    plain.close();
    const { db } = encryptedDatabase(name, new RecordCipher(key()));
    expect(await db.cases.get(record.id)).toEqual(record);
    expect(JSON.stringify(await rawRows(name))).toContain('the family home');
    expect(await encryptExistingRecords(db, plainTables)).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(await rawRows(name));
    expect(text).not.toContain('the family home');
    expect(text).not.toContain('Child S');
    expect(await db.cases.get(record.id)).toEqual(record);
    db.close();
  });
});
