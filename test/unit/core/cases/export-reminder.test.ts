import { describe, expect, it } from 'vitest';
import { casesDueForExport } from '../../../../src/core/cases/export-reminder';
import { makeCaseRecord } from '../../support/case-records';

const now = new Date('2024-06-20T12:00:00Z');

describe('reminding the reviewer to export case files (web mode)', () => {
  it('names the cases changed since their last export when that export, or their creation, is over a week old', () => {
    const neverExportedOld = makeCaseRecord({ createdAt: '2024-06-01T09:00:00Z', updatedAt: '2024-06-02T09:00:00Z' });
    const neverExportedNew = makeCaseRecord({ createdAt: '2024-06-18T09:00:00Z', updatedAt: '2024-06-18T09:00:00Z' });
    const changedSinceOldExport = makeCaseRecord({ createdAt: '2024-05-01T09:00:00Z', updatedAt: '2024-06-19T09:00:00Z' });
    const unchangedSinceOldExport = makeCaseRecord({ createdAt: '2024-05-01T09:00:00Z', updatedAt: '2024-05-02T09:00:00Z' });
    const recentExport = makeCaseRecord({ createdAt: '2024-05-01T09:00:00Z', updatedAt: '2024-06-19T09:00:00Z' });
    const archived = makeCaseRecord({ createdAt: '2024-05-01T09:00:00Z', updatedAt: '2024-06-19T09:00:00Z', archived: true });
    const exports: Record<string, string> = {
      [changedSinceOldExport.id]: '2024-06-05T09:00:00Z',
      [unchangedSinceOldExport.id]: '2024-05-03T09:00:00Z',
      [recentExport.id]: '2024-06-18T09:00:00Z',
    };
    const due = casesDueForExport(
      [neverExportedOld, neverExportedNew, changedSinceOldExport, unchangedSinceOldExport, recentExport, archived],
      (id) => exports[id] ?? null,
      now,
    );
    expect(due.map((record) => record.id)).toEqual([neverExportedOld.id, changedSinceOldExport.id]);
  });
});
