import type { CaseRecord } from '../../core/cases/case-record';
import { emptyReportDocument } from '../../core/report/empty-report-document';
import type { ReportDocument } from '../../core/report/report-document';
import type { ReportContentRecord, ReportRecord, ReportVersion } from '../../core/report/report-record';
import { defaultTitlePage, type TitlePage } from '../../core/report/title-page';
import type { CsprDatabase, StoredReportContent } from './db/cspr-database';
import { clearFields, sealedField, sealedText, splitForSealing } from './db/encryption-middleware';
import { sealOffThread } from './db/seal-off-thread';
import { getReportContent, putReportContent, toStoredContent } from './report-content-store';

// A report is two rows per case (see ReportRecord): the small record and the body. Every write
// is one transaction that reads and rewrites only its own row's fields, so the editor's
// autosave and the title-page form never overwrite each other.

export interface OpenedReport {
  record: ReportRecord;
  content: ReportContentRecord;
}

/** The case's report, created (from the case's details) the first time it is opened. */
export async function ensureReport(db: CsprDatabase, record: CaseRecord, now = new Date()): Promise<OpenedReport> {
  return db.transaction('rw', db.reports, db.reportContents, async () => {
    const stamp = now.toISOString();
    let report = await db.reports.get(record.id);
    if (!report) {
      report = {
        caseId: record.id,
        titlePage: defaultTitlePage(record.reviewName, record.partnership, record.reviewers),
        completedSections: [],
        updatedAt: stamp,
      };
      await db.reports.add(report);
    }
    let content = await getReportContent(db, record.id);
    if (!content) {
      content = { caseId: record.id, content: emptyReportDocument(), updatedAt: stamp };
      await db.reportContents.add(toStoredContent(content));
    }
    return { record: report, content };
  });
}

async function updateReport(db: CsprDatabase, caseId: string, changes: Partial<Omit<ReportRecord, 'caseId'>>): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(caseId);
    if (!report) throw new Error('The report no longer exists: the case may have been deleted.');
    await db.reports.put({ ...report, ...changes, caseId, updatedAt: new Date().toISOString() });
  });
}

export async function saveReportContent(db: CsprDatabase, caseId: string, content: ReportDocument): Promise<void> {
  // The autosave of a long report: serialised here once, encrypted off the page's thread before
  // the transaction (which cannot wait for a worker), and written as it is. Which fields stay in
  // the clear is the encryption's decision, from the table's own schema.
  const schema = db.reportContents.schema;
  const { kept, secret } = splitForSealing(
    toStoredContent({ caseId, content, updatedAt: new Date().toISOString() }),
    clearFields([schema.primKey.keyPath, ...schema.indexes.map((index) => index.keyPath)]),
  );
  const sealed = await sealOffThread(sealedText(secret, { content: JSON.stringify(content) }));
  await db.transaction('rw', db.reportContents, async () => {
    // Never resurrect the report of a case deleted while its editor was open (counted, not read:
    // reading would decrypt the whole body at every save).
    if ((await db.reportContents.where(':id').equals(caseId).count()) === 0) throw new Error('The report no longer exists: the case may have been deleted.');
    if (sealed) await db.reportContents.put({ ...kept, [sealedField]: sealed } as unknown as StoredReportContent);
    else await db.reportContents.put({ ...kept, ...secret } as unknown as StoredReportContent);
  });
}

export function saveTitlePage(db: CsprDatabase, caseId: string, titlePage: TitlePage): Promise<void> {
  return updateReport(db, caseId, { titlePage });
}

export async function setSectionComplete(db: CsprDatabase, caseId: string, key: string, complete: boolean): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(caseId);
    if (!report) throw new Error('The report no longer exists.');
    const others = report.completedSections.filter((existing) => existing !== key);
    await updateReport(db, caseId, { completedSections: complete ? [...others, key] : others });
  });
}

/** Keeps an immutable copy of the report and its recommendations under a label. */
export async function saveReportVersion(db: CsprDatabase, caseId: string, label: string, now = new Date()): Promise<ReportVersion> {
  const trimmed = label.trim();
  if (trimmed === '') throw new Error('Give the version a label, for example “v0.4 to panel”.');
  return db.transaction('rw', [db.reports, db.reportContents, db.reportVersions, db.recommendations], async () => {
    const report = await db.reports.get(caseId);
    const body = await getReportContent(db, caseId);
    if (!report || !body) throw new Error('The report no longer exists.');
    const recommendations = await db.recommendations.where('caseId').equals(caseId).sortBy('order');
    const version: ReportVersion = {
      id: crypto.randomUUID(),
      caseId,
      label: trimmed,
      createdAt: now.toISOString(),
      titlePage: report.titlePage,
      content: body.content,
      completedSections: report.completedSections,
      recommendations,
    };
    await db.reportVersions.add(version);
    return version;
  });
}

export async function listReportVersions(db: CsprDatabase, caseId: string): Promise<ReportVersion[]> {
  return (await db.reportVersions.where('caseId').equals(caseId).sortBy('createdAt')).reverse();
}

/**
 * Restores a saved version: the current state is first saved as a version of its own, so a
 * restore can itself be undone. All in one transaction.
 */
export async function restoreReportVersion(db: CsprDatabase, caseId: string, versionId: string, now = new Date()): Promise<ReportVersion> {
  return db.transaction('rw', [db.reports, db.reportContents, db.reportVersions, db.recommendations], async () => {
    const version = await db.reportVersions.get(versionId);
    if (!version || version.caseId !== caseId) throw new Error('That version no longer exists.');
    const backup = await saveReportVersion(db, caseId, `Before restoring “${version.label}”`, now);
    await updateReport(db, caseId, { titlePage: version.titlePage, completedSections: version.completedSections });
    await putReportContent(db, { caseId, content: version.content, updatedAt: now.toISOString() });
    await db.recommendations.where('caseId').equals(caseId).delete();
    await db.recommendations.bulkAdd(version.recommendations);
    return backup;
  });
}

/** The report's small record (title page, section states), or undefined before it is first opened. */
export function getReportRecord(db: CsprDatabase, caseId: string): Promise<ReportRecord | undefined> {
  return db.reports.get(caseId);
}
