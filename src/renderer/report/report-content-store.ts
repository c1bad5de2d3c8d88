import type { ReportDocument } from '../../core/report/report-document';
import type { ReportContentRecord } from '../../core/report/report-record';
import type { CsprDatabase } from '../db/cspr-database';

// The report body is stored as JSON text, not as an object: IndexedDB copies an object of a
// 60,000-word report node by node (about 50 ms, on the main thread, at every autosave), but a
// string in one piece.

export interface StoredReportContent {
  caseId: string;
  contentJson: string;
  updatedAt: string;
}

export function toStoredContent(record: ReportContentRecord): StoredReportContent {
  return { caseId: record.caseId, contentJson: JSON.stringify(record.content), updatedAt: record.updatedAt };
}

export function fromStoredContent(row: StoredReportContent): ReportContentRecord {
  return { caseId: row.caseId, content: JSON.parse(row.contentJson) as ReportDocument, updatedAt: row.updatedAt };
}

export async function getReportContent(db: CsprDatabase, caseId: string): Promise<ReportContentRecord | undefined> {
  const row = await db.reportContents.get(caseId);
  return row ? fromStoredContent(row) : undefined;
}

export async function putReportContent(db: CsprDatabase, record: ReportContentRecord): Promise<void> {
  await db.reportContents.put(toStoredContent(record));
}
