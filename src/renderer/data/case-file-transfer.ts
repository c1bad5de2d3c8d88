import { caseFileExtension, maxCaseFileBytes, type CaseFile } from '../../core/case-file/case-file-format';
import { caseFileContentsFromRows } from '../../core/case-file/case-file-rows';
import { readCaseFile } from '../../core/case-file/read-case-file';
import { buildCaseFile, caseFileName, serialiseCaseFile } from '../../core/case-file/write-case-file';
import { decryptCaseFileText, encryptCaseFileText, isEncryptedCaseFile } from '../../core/crypto/encrypted-case-file';
import { appVersion } from '../app-version';
import { caseScopedTables, type CsprDatabase } from './db/cspr-database';
import { getReportContent } from './report-content-store';
import type { Platform } from '../platform/platform';

const caseFileFilters = [{ name: 'CSPR Desk case file', extensions: [caseFileExtension.slice(1)] }];

/** Everything that belongs to the case, as one case file. */
export async function collectCaseFile(db: CsprDatabase, caseId: string): Promise<CaseFile> {
  const tables = [db.cases, ...caseScopedTables.map((name) => db.table(name))];
  return db.transaction('r', tables, async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error('The case no longer exists.');
    const contents = caseFileContentsFromRows({
      record,
      report: (await db.reports.get(caseId)) ?? null,
      reportContent: (await getReportContent(db, caseId)) ?? null,
      reportVersions: await db.reportVersions.where('caseId').equals(caseId).sortBy('createdAt'),
      recommendations: await db.recommendations.where('caseId').equals(caseId).toArray(),
      agencies: await db.agencies.where('caseId').equals(caseId).toArray(),
      chronologyEntries: await db.chronologyEntries.where('caseId').equals(caseId).toArray(),
      chronologyProblems: await db.chronologyProblems.where('caseId').equals(caseId).toArray(),
      chronologyImports: await db.chronologyImports.where('caseId').equals(caseId).toArray(),
      episodes: await db.episodes.where('caseId').equals(caseId).toArray(),
      identifiers: await db.identifiers.where('caseId').equals(caseId).toArray(),
      allowedPhrases: await db.allowedPhrases.where('caseId').equals(caseId).toArray(),
      ignoredFindings: await db.ignoredFindings.where('caseId').equals(caseId).toArray(),
      anonymisationLog: await db.anonymisationLog.where('caseId').equals(caseId).toArray(),
      events: await db.events.where('caseId').equals(caseId).toArray(),
      eventNotes: await db.eventNotes.where('caseId').equals(caseId).toArray(),
      noteThemes: await db.noteThemes.where('caseId').equals(caseId).toArray(),
      noteDrafts: await db.noteDrafts.where('caseId').equals(caseId).toArray(),
    });
    return buildCaseFile(contents, appVersion);
  });
}

/** Saves the case as a case file, encrypted with the passphrase unless it is null. */
export async function exportCaseFile(db: CsprDatabase, platform: Platform, caseId: string, passphrase: string | null): Promise<string | null> {
  const file = await collectCaseFile(db, caseId);
  const text = serialiseCaseFile(file);
  const result = await platform.saveFile({
    suggestedName: caseFileName(file.case.reviewName),
    contents: passphrase === null ? text : await encryptCaseFileText(text, passphrase),
    filters: caseFileFilters,
  });
  return result.saved ? (result.fileName ?? caseFileName(file.case.reviewName)) : null;
}

export type PickedCaseFile =
  | { kind: 'cancelled' }
  | { kind: 'encrypted'; fileName: string; text: string }
  | { kind: 'invalid'; fileName: string; errors: string[] }
  | { kind: 'valid'; fileName: string; file: CaseFile };

/** Asks for a file and checks it; nothing is written to the database here. */
export async function pickCaseFile(platform: Platform): Promise<PickedCaseFile> {
  const picked = await platform.openTextFile({ filters: caseFileFilters, maxBytes: maxCaseFileBytes });
  if (!picked) return { kind: 'cancelled' };
  if (isEncryptedCaseFile(picked.contents)) return { kind: 'encrypted', fileName: picked.name, text: picked.contents };
  return checkedCaseFile(picked.name, picked.contents);
}

function checkedCaseFile(fileName: string, text: string): PickedCaseFile {
  const result = readCaseFile(text);
  return result.ok ? { kind: 'valid', fileName, file: result.file } : { kind: 'invalid', fileName, errors: result.errors };
}

/** Decrypts an encrypted case file and checks it; a wrong passphrase is an error, nothing is read. */
export async function unlockCaseFile(fileName: string, text: string, passphrase: string): Promise<PickedCaseFile> {
  const decrypted = await decryptCaseFileText(text, passphrase);
  if (!decrypted.ok) throw new Error(decrypted.message);
  return checkedCaseFile(fileName, decrypted.text);
}
