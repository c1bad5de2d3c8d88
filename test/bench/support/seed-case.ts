import type { Page } from '@playwright/test';
import type { RegisteredIdentifier } from '../../../src/core/anonymise/identifier-register';
import type { CaseRecord } from '../../../src/core/cases/case-record';
import type { ReportDocument } from '../../../src/core/report/report-document';
import { defaultTitlePage } from '../../../src/core/report/title-page';
import { sealSeededData } from './web-app';

/** Writes a case (and optionally its report) straight into the app's IndexedDB, then has the app encrypt it, for benchmarks. */
export async function seedCase(
  page: Page,
  id: string,
  content?: ReportDocument,
  identifiers: readonly RegisteredIdentifier[] = [],
  extra: Record<string, unknown[]> = {},
): Promise<void> {
  const stamp = '2024-06-01T09:00:00.000Z';
  const record: CaseRecord = {
    id,
    reviewName: 'Child B',
    partnership: 'Kingsmere Safeguarding Children Partnership',
    reviewers: ['Independent Reviewer A'],
    status: 'in-progress',
    dates: { incidentNotified: '2024-04-22', reviewCommissioned: '2024-06-03', publication: null },
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const rows: Record<string, unknown[]> = { cases: [record] };
  if (content) {
    rows.reports = [{ caseId: id, titlePage: defaultTitlePage('Child B', record.partnership, record.reviewers), completedSections: [], updatedAt: stamp }];
    rows.reportContents = [{ caseId: id, content, updatedAt: stamp }];
  }
  // A register, so the anonymisation highlighting works as hard as on a real case.
  if (identifiers.length > 0)
    rows.identifiers = identifiers.map((identifier, order) => ({
      ...identifier,
      id: `${id}-${identifier.id}`,
      personId: identifier.personId ? `${id}-${identifier.personId}` : null,
      caseId: id,
      order,
    }));
  Object.assign(rows, extra);
  await page.evaluate(async (tables) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cspr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = database.transaction(Object.keys(tables), 'readwrite');
    for (const [name, values] of Object.entries(tables)) for (const value of values) tx.objectStore(name).put(value);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, rows);
  await sealSeededData(page);
}
