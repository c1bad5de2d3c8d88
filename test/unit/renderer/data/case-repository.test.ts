import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { buildCaseFile, serialiseCaseFile } from '../../../../src/core/case-file/write-case-file';
import { collectCaseFile } from '../../../../src/renderer/data/case-file-transfer';
import { createCase, deleteCase, importCase, setCaseArchived, updateCaseDetails } from '../../../../src/renderer/data/case-repository';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import { makeCaseRecord, uniqueDatabaseName } from '../../support/case-records';

let db: CsprDatabase;

beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('cases')))).db;
});
afterEach(() => db.close());

const details = {
  reviewName: '  Child K ',
  partnership: 'Kingsmere Safeguarding Children Partnership',
  reviewers: ['Reviewer One', ' ', 'Reviewer Two '],
  status: 'rapid-review' as const,
  dates: { incidentNotified: '2024-04-22', reviewCommissioned: null, publication: null },
};

describe('case repository', () => {
  it('creates a case with clean details', async () => {
    const created = await createCase(db, details, new Date('2024-04-23T10:00:00Z'));
    expect(await db.cases.get(created.id)).toEqual({
      ...created,
      reviewName: 'Child K',
      reviewers: ['Reviewer One', 'Reviewer Two'],
      archived: false,
      createdAt: '2024-04-23T10:00:00.000Z',
    });
  });

  it('refuses a case without a review name', async () => {
    await expect(createCase(db, { ...details, reviewName: '   ' })).rejects.toThrow(/review name/);
    expect(await db.cases.count()).toBe(0);
  });

  it('edits details and archives', async () => {
    const created = await createCase(db, details);
    await updateCaseDetails(db, created.id, { ...details, status: 'scoping', dates: { ...details.dates, reviewCommissioned: '2024-05-20' } });
    await setCaseArchived(db, created.id, true);
    expect(await db.cases.get(created.id)).toMatchObject({ status: 'scoping', archived: true, dates: { reviewCommissioned: '2024-05-20' } });
    await expect(updateCaseDetails(db, 'missing', details)).rejects.toThrow(/no longer exists/);
  });

  it('deletes a case so that nothing of it remains', async () => {
    const kept = await createCase(db, { ...details, reviewName: 'Child Q' });
    const removed = await createCase(db, details);
    await deleteCase(db, removed.id);
    expect(await db.cases.toArray()).toEqual([kept]);
    for (const table of db.tables) {
      const rows = await table.toArray();
      expect(JSON.stringify(rows)).not.toContain(removed.id);
    }
  });
});

describe('case import', () => {
  const fileFor = (record = makeCaseRecord()) => {
    const result = readCaseFile(
      serialiseCaseFile(
        buildCaseFile(
          {
            case: record,
            report: null,
            reportVersions: [],
            recommendations: [],
            agencies: [],
            chronology: { entries: [], problems: [], imports: [], episodes: [] },
            anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] },
            events: { events: [], notes: [], themes: [], drafts: [] },
          },
          '0.1.0',
        ),
      ),
    );
    if (!result.ok) throw new Error(result.errors.join('; '));
    return result.file;
  };

  it('exports and imports a case as a new case, leaving the original untouched', async () => {
    const original = await createCase(db, details);
    const read = readCaseFile(serialiseCaseFile(await collectCaseFile(db, original.id)));
    if (!read.ok) throw new Error(read.errors.join('; '));
    const imported = await importCase(db, read.file, { kind: 'as-new' });
    expect(imported.id).not.toBe(original.id);
    expect(await db.cases.count()).toBe(2);
    expect(await db.cases.get(original.id)).toEqual(original);
    expect(await db.cases.get(imported.id)).toMatchObject({ reviewName: 'Child K', reviewers: original.reviewers, dates: original.dates });
  });

  it('keeps the file’s id when it is free, and refuses to overwrite when it is not', async () => {
    const file = fileFor();
    await importCase(db, file, { kind: 'keep-id' });
    expect(await db.cases.get(file.case.id)).toMatchObject({ reviewName: file.case.reviewName });
    const changed = { ...file, case: { ...file.case, reviewName: 'Changed' } };
    await expect(importCase(db, changed, { kind: 'keep-id' })).rejects.toThrow();
    expect((await db.cases.get(file.case.id))?.reviewName).toBe(file.case.reviewName);
  });

  it('replaces an existing case only when asked to', async () => {
    const file = fileFor();
    await importCase(db, file, { kind: 'keep-id' });
    await importCase(db, { ...file, case: { ...file.case, reviewName: 'Replaced' } }, { kind: 'replace-existing' });
    expect(await db.cases.count()).toBe(1);
    expect((await db.cases.get(file.case.id))?.reviewName).toBe('Replaced');
  });
});
