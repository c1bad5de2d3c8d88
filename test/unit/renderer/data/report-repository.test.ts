import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { emptyReportDocument } from '../../../../src/core/report/empty-report-document';
import type { ReportDocument } from '../../../../src/core/report/report-document';
import { collectCaseFile } from '../../../../src/renderer/data/case-file-transfer';
import { deleteCase, importCase } from '../../../../src/renderer/data/case-repository';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import {
  ensureReport,
  listReportVersions,
  restoreReportVersion,
  saveReportContent,
  saveReportVersion,
  saveTitlePage,
  setSectionComplete,
} from '../../../../src/renderer/data/report-repository';
import { getReportContent } from '../../../../src/renderer/data/report-content-store';
import { makeCaseRecord, uniqueDatabaseName } from '../../support/case-records';

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('report')))).db;
});
afterEach(() => db.close());

const withText = (text: string): ReportDocument => {
  const doc = emptyReportDocument();
  doc.content[0]!.content = [{ type: 'paragraph', content: [{ type: 'text', text }] }];
  return doc;
};

describe('report repository', () => {
  it('creates the report from the case the first time, then keeps what is stored', async () => {
    const record = makeCaseRecord({ reviewName: 'Child K', reviewers: ['A Reviewer'] });
    await db.cases.add(record);
    const first = await ensureReport(db, record);
    expect(first.record.titlePage).toMatchObject({
      reviewName: 'Child K',
      reviewers: ['A Reviewer'],
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      status: 'draft',
    });
    expect(first.content.content.content.map((section) => section.attrs.key)).toHaveLength(7);
    await saveReportContent(db, record.id, withText('Kept.'));
    const again = await ensureReport(db, { ...record, reviewName: 'Renamed' });
    expect(again.content.content).toEqual(withText('Kept.'));
    expect(again.record.titlePage.reviewName).toBe('Child K');
  });

  it('keeps autosave and title-page writes from overwriting each other', async () => {
    const record = makeCaseRecord();
    await ensureReport(db, record);
    await Promise.all([
      saveReportContent(db, record.id, withText('Body text.')),
      saveTitlePage(db, record.id, { ...(await db.reports.get(record.id))!.titlePage, versionLabel: 'Draft 0.3' }),
      setSectionComplete(db, record.id, 'introduction', true),
    ]);
    expect((await getReportContent(db, record.id))?.content).toEqual(withText('Body text.'));
    expect(await db.reports.get(record.id)).toMatchObject({ titlePage: { versionLabel: 'Draft 0.3' }, completedSections: ['introduction'] });
  });

  it('refuses to save the body of a report whose case was deleted', async () => {
    const record = makeCaseRecord();
    await db.cases.add(record);
    await ensureReport(db, record);
    await deleteCase(db, record.id);
    await expect(saveReportContent(db, record.id, withText('Late save.'))).rejects.toThrow(/no longer exists/);
    expect(await db.reportContents.count()).toBe(0);
  });

  it('saves immutable versions and restores one, keeping the current state as a version first', async () => {
    const record = makeCaseRecord();
    await ensureReport(db, record);
    await saveReportContent(db, record.id, withText('To the panel.'));
    await db.recommendations.add({ id: 'r1', caseId: record.id, order: 0, text: 'Agree a pathway.', agencyIds: [], targetDate: null, answers: '' });
    const v1 = await saveReportVersion(db, record.id, ' v0.4 to panel ', new Date('2024-06-01T10:00:00Z'));
    expect(v1.label).toBe('v0.4 to panel');
    await expect(saveReportVersion(db, record.id, '  ')).rejects.toThrow(/label/);

    await saveReportContent(db, record.id, withText('Rewritten.'));
    await db.recommendations.clear();
    await restoreReportVersion(db, record.id, v1.id, new Date('2024-06-02T10:00:00Z'));
    expect((await getReportContent(db, record.id))?.content).toEqual(withText('To the panel.'));
    expect(await db.recommendations.where('caseId').equals(record.id).toArray()).toHaveLength(1);
    const versions = await listReportVersions(db, record.id);
    expect(versions.map((version) => version.label)).toEqual(['Before restoring “v0.4 to panel”', 'v0.4 to panel']);
    expect(versions[0]!.content).toEqual(withText('Rewritten.'));
  });
});

describe('the report in the case file', () => {
  const sample = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8');

  it('imports the sample case with its report, recommendations and agencies, and exports the same', async () => {
    const read = readCaseFile(sample);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const first = await importCase(db, read.file, { kind: 'keep-id' });
    const second = await importCase(db, read.file, { kind: 'as-new' });
    const firstRecs = await db.recommendations.where('caseId').equals(first.id).sortBy('order');
    const secondRecs = await db.recommendations.where('caseId').equals(second.id).sortBy('order');
    expect(firstRecs.map((rec) => rec.text)).toEqual(read.file.recommendations.map((rec) => rec.text));
    // Every row got its own id, and recommendations point at their own case's agencies.
    expect(new Set([...firstRecs, ...secondRecs].map((rec) => rec.id)).size).toBe(4);
    const secondAgencyIds = new Set((await db.agencies.where('caseId').equals(second.id).toArray()).map((agency) => agency.id));
    expect(secondRecs.every((rec) => rec.agencyIds.every((id) => secondAgencyIds.has(id)))).toBe(true);

    const exported = await collectCaseFile(db, second.id);
    expect(exported.report?.content).toEqual(read.file.report?.content);
    expect(exported.report?.titlePage).toEqual(read.file.report?.titlePage);
    expect(exported.recommendations.map(({ text, targetDate, answers }) => ({ text, targetDate, answers }))).toEqual(
      read.file.recommendations.map(({ text, targetDate, answers }) => ({ text, targetDate, answers })),
    );
    expect(exported.agencies.map((agency) => agency.name).sort()).toEqual(read.file.agencies.map((agency) => agency.name).sort());
    expect(readCaseFile(JSON.stringify(exported)).ok).toBe(true);
  });
});
