import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import { readCaseFile } from '../../../src/core/case-file/read-case-file';
import { deleteCase, importCase, type ImportMode } from '../../../src/renderer/data/case-repository';
import { CsprDatabase } from '../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../src/renderer/data/db/open-database';
import { uniqueDatabaseName } from '../support/case-records';
import { richerSampleCase, sampleCaseText } from './support/fixtures';
import { applyJsonMutation, applyTextMutation, jsonMutation, textMutation, type Json } from './support/json-mutations';
import { propertyTimeoutMs } from './support/time-budget';

// "A malformed or foreign file is refused with a message naming what is wrong, and nothing in
// the database changes." The database holds two cases; hundreds of mutated case files go through
// the import as the app does it (readCaseFile, then importCase for what it accepts).

type Snapshot = Record<string, unknown[]>;

async function snapshot(db: CsprDatabase): Promise<Snapshot> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}

/** Rows of the snapshot that belong to the case (by caseId, or the case row itself). */
const withoutCase = (state: Snapshot, caseId: string): Snapshot =>
  Object.fromEntries(
    Object.entries(state).map(([name, rows]) => [
      name,
      rows.filter((row) => (name === 'cases' ? (row as { id: string }).id : (row as { caseId?: string }).caseId) !== caseId),
    ]),
  );

const readOrThrow = (text: string): CaseFile => {
  const result = readCaseFile(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
};

let db: CsprDatabase;
let before: Snapshot;
let existingIds: Set<string>;

beforeAll(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('property-import')))).db;
  await importCase(db, readOrThrow(sampleCaseText), { kind: 'keep-id' }, new Date('2024-06-02T09:00:00Z'));
  await importCase(db, readOrThrow(JSON.stringify(richerSampleCase())), { kind: 'as-new' }, new Date('2024-06-03T09:00:00Z'));
  before = await snapshot(db);
  existingIds = new Set((before.cases as { id: string }[]).map((record) => record.id));
});
afterAll(() => db.close());

/** Imports an accepted file; whether it succeeds or fails, everything already stored must stay as it was. */
async function importKeepingTheRest(file: CaseFile, mode: ImportMode): Promise<{ ok: true; caseId: string } | { ok: false; error: unknown }> {
  let outcome: { ok: true; caseId: string } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, caseId: (await importCase(db, file, mode, new Date('2024-07-01T09:00:00Z'))).id };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const after = await snapshot(db);
  if (!outcome.ok) {
    expect(after, 'a failed import changed the database').toEqual(before);
    return outcome;
  }
  // Nothing else changed: every table, less the new case's rows, is as it was.
  expect(existingIds.has(outcome.caseId)).toBe(false);
  expect(withoutCase(after, outcome.caseId)).toEqual(before);
  const rowsOf = (name: string) => after[name]!.filter((row) => (row as { caseId?: string }).caseId === outcome.caseId).length;
  expect(after.cases!.length).toBe(before.cases!.length + 1);
  expect(rowsOf('chronologyEntries')).toBe(file.chronology.entries.length);
  expect(rowsOf('identifiers')).toBe(file.anonymisation.identifiers.length);
  expect(rowsOf('eventNotes')).toBe(file.events.notes.length);
  expect(rowsOf('recommendations')).toBe(file.recommendations.length);
  expect(rowsOf('reports')).toBe(file.report ? 1 : 0);
  // And deleting it takes the database back to where it was.
  await deleteCase(db, outcome.caseId);
  expect(await snapshot(db)).toEqual(before);
  return outcome;
}

describe('importing mutated case files', () => {
  it(
    'changes nothing for a refused file, and adds exactly one case, touching nothing else, for an accepted one',
    async () => {
      let refused = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), fc.option(textMutation, { freq: 4 }), async (mutations, textDamage) => {
          const document = richerSampleCase() as { [key: string]: Json };
          for (const mutation of mutations) applyJsonMutation(document, mutation);
          const text = textDamage ? applyTextMutation(JSON.stringify(document, null, 2), textDamage) : JSON.stringify(document, null, 2);
          const result = readCaseFile(text);
          if (!result.ok) {
            refused += 1;
            // The app writes nothing for a refused file: the database is exactly as it was.
            expect(await snapshot(db)).toEqual(before);
            return;
          }
          accepted += 1;
          const asNew = await importKeepingTheRest(result.file, { kind: 'as-new' });
          expect(asNew.ok, asNew.ok ? '' : `an accepted file failed to import as a new case: ${String(asNew.error)}`).toBe(true);
          // Under its own id: refused (and nothing changed) when that id is taken, added otherwise.
          const keepId = await importKeepingTheRest(result.file, { kind: 'keep-id' });
          expect(keepId.ok).toBe(!existingIds.has(result.file.case.id));
        }),
        { numRuns: 400 },
      );
      // Both paths were exercised, not one of them only.
      expect(refused).toBeGreaterThan(25);
      expect(accepted).toBeGreaterThan(25);
    },
    propertyTimeoutMs,
  );
});

// The register is imported on the Identifiers screen (parseRegisterCsv, then replaceRegister for
// an accepted file); there is no repository function that takes CSV, so the refused-register
// path writes nothing by construction and is covered by register-reader.property.test.ts.
