import type { ReportDocument } from '../../core/report/report-document';
import type { ReportContentRecord } from '../../core/report/report-record';
import type { CsprDatabase, StoredReportContent } from './db/cspr-database';

// The report body as stored (see StoredReportContent in the database's schema).

export function toStoredContent(record: ReportContentRecord): StoredReportContent {
  return { caseId: record.caseId, content: record.content, updatedAt: record.updatedAt };
}

export function fromStoredContent(row: StoredReportContent): ReportContentRecord {
  // A row written before the body was stored as it is holds it as JSON text.
  const content = row.content ?? (JSON.parse(row.contentJson ?? 'null') as ReportDocument);
  return { caseId: row.caseId, content, updatedAt: row.updatedAt };
}

export async function getReportContent(db: CsprDatabase, caseId: string): Promise<ReportContentRecord | undefined> {
  const row = await db.reportContents.get(caseId);
  return row ? fromStoredContent(row) : undefined;
}

export async function putReportContent(db: CsprDatabase, record: ReportContentRecord): Promise<void> {
  await db.reportContents.put(toStoredContent(record));
}
