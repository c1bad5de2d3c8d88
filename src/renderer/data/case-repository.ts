import type { CaseDetails, CaseRecord } from '../../core/cases/case-record';
import type { CaseFile } from '../../core/case-file/case-file-format';
import { caseRowsFromFile } from '../../core/case-file/case-file-rows';
import { caseScopedTables, type CsprDatabase } from './db/cspr-database';
import { toStoredContent } from './report-content-store';

// All writes to cases go through here, each in one transaction, so a failure changes nothing.

function cleanDetails(details: CaseDetails): CaseDetails {
  return {
    reviewName: details.reviewName.trim(),
    partnership: details.partnership.trim(),
    reviewers: details.reviewers.map((name) => name.trim()).filter((name) => name !== ''),
    status: details.status,
    dates: { ...details.dates },
  };
}

export async function createCase(db: CsprDatabase, details: CaseDetails, now = new Date()): Promise<CaseRecord> {
  const clean = cleanDetails(details);
  if (clean.reviewName === '') throw new Error('A case needs a review name.');
  const stamp = now.toISOString();
  const record: CaseRecord = { id: crypto.randomUUID(), ...clean, archived: false, createdAt: stamp, updatedAt: stamp };
  await db.cases.add(record);
  return record;
}

export async function updateCaseDetails(db: CsprDatabase, id: string, details: CaseDetails, now = new Date()): Promise<void> {
  const clean = cleanDetails(details);
  if (clean.reviewName === '') throw new Error('A case needs a review name.');
  const changed = await db.cases.update(id, { ...clean, updatedAt: now.toISOString() });
  if (changed === 0) throw new Error('The case no longer exists.');
}

export async function setCaseArchived(db: CsprDatabase, id: string, archived: boolean, now = new Date()): Promise<void> {
  await db.cases.update(id, { archived, updatedAt: now.toISOString() });
}

/** Deletes the case and every row that belongs to it, in one transaction. */
export async function deleteCase(db: CsprDatabase, id: string): Promise<void> {
  const tables = [db.cases, ...caseScopedTables.map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    for (const name of caseScopedTables) await db.table(name).where('caseId').equals(id).delete();
    await db.cases.delete(id);
  });
}

export type ImportMode = { kind: 'keep-id' } | { kind: 'as-new' } | { kind: 'replace-existing' };

/**
 * Imports a checked case file. "keep-id" adds the case under its own id and fails if that id is
 * taken; "as-new" always makes a new case (a new id, so nothing existing is touched);
 * "replace-existing" overwrites the case with the file's id, which the UI only offers after the
 * reviewer has confirmed.
 */
export async function importCase(db: CsprDatabase, file: CaseFile, mode: ImportMode, now = new Date()): Promise<CaseRecord> {
  const stamp = now.toISOString();
  const record: CaseRecord =
    mode.kind === 'as-new' ? { ...file.case, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp } : { ...file.case, updatedAt: stamp };
  const rows = caseRowsFromFile(file, record.id, () => crypto.randomUUID(), record);
  const tables = [db.cases, ...caseScopedTables.map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    if (mode.kind === 'replace-existing') {
      for (const name of caseScopedTables) await db.table(name).where('caseId').equals(record.id).delete();
      await db.cases.put(record);
    } else {
      await db.cases.add(record);
    }
    if (rows.report) await db.reports.add(rows.report);
    if (rows.reportContent) await db.reportContents.add(toStoredContent(rows.reportContent));
    await db.reportVersions.bulkAdd(rows.reportVersions);
    await db.recommendations.bulkAdd(rows.recommendations);
    await db.agencies.bulkAdd(rows.agencies);
    await db.chronologyEntries.bulkAdd(rows.chronologyEntries);
    await db.chronologyProblems.bulkAdd(rows.chronologyProblems);
    await db.chronologyImports.bulkAdd(rows.chronologyImports);
    await db.episodes.bulkAdd(rows.episodes);
    await db.identifiers.bulkAdd(rows.identifiers);
    await db.allowedPhrases.bulkAdd(rows.allowedPhrases);
    await db.ignoredFindings.bulkAdd(rows.ignoredFindings);
    await db.anonymisationLog.bulkAdd(rows.anonymisationLog);
    await db.events.bulkAdd(rows.events);
    await db.eventNotes.bulkAdd(rows.eventNotes);
    await db.noteThemes.bulkAdd(rows.noteThemes);
    await db.noteDrafts.bulkAdd(rows.noteDrafts);
  });
  return record;
}

export async function caseExists(db: CsprDatabase, id: string): Promise<boolean> {
  return (await db.cases.get(id)) !== undefined;
}

/** Every case, most recently changed first. */
export function listCases(db: CsprDatabase): Promise<CaseRecord[]> {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

export function getCase(db: CsprDatabase, id: string): Promise<CaseRecord | undefined> {
  return db.cases.get(id);
}

/** The ids of every case (read from the index: no record is opened). */
export async function listCaseIds(db: CsprDatabase): Promise<string[]> {
  return (await db.cases.toCollection().primaryKeys()) as string[];
}
