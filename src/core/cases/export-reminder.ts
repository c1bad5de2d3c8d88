import type { CaseRecord } from './case-record';

// In a browser, the case data lives only in the browser's storage: a case changed since it was
// last exported, with no export for a week, is worth a reminder.

export const exportReminderDays = 7;

export function casesDueForExport(
  cases: readonly CaseRecord[],
  lastExported: (caseId: string) => string | null,
  now = new Date(),
  days = exportReminderDays,
): CaseRecord[] {
  const cutoff = now.getTime() - days * 24 * 60 * 60 * 1000;
  return cases.filter((record) => {
    if (record.archived) return false;
    const exported = lastExported(record.id);
    // Never exported: counted from when the case was created.
    const since = Date.parse(exported ?? record.createdAt);
    const changedSince = exported === null || Date.parse(record.updatedAt) > since;
    return changedSince && since < cutoff;
  });
}
