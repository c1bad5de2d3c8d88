import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../core/cases/case-record';
import { useDatabase } from '../data/database-context';
import { ReportWorkspace } from './ReportWorkspace';
import { ensureReport, getReportRecord, type OpenedReport } from '../data/report-repository';
import { getReportContent } from '../data/report-content-store';
import { useEditLock } from '../data/use-edit-lock';

// Opens (or creates) the case's report, and decides whether this window may edit it.
/** `target`: where a link asked the report to open (see reveal-target.ts). */
export function ReportScreen({ record, target }: { record: CaseRecord; target?: string }) {
  const { db, readOnlyReason } = useDatabase();
  // Keyed by case, so a different case reads as still opening until its report has loaded.
  const [loaded, setLoaded] = useState<{ caseId: string; report: OpenedReport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lock = useEditLock(`cspr-desk:report:${record.id}`);
  const caseId = record.id;
  const liveRecord = useLiveQuery(() => getReportRecord(db, caseId), [db, caseId]);

  useEffect(() => {
    let cancelled = false;
    // Only the first open of a case creates its report; later renders read what is stored.
    const load = readOnlyReason ? Promise.all([getReportRecord(db, caseId), getReportContent(db, caseId)]) : null;
    (load
      ? load.then(([report, content]) => {
          if (!report || !content) throw new Error('This case has no report yet, and the data is read-only.');
          return { record: report, content };
        })
      : ensureReport(db, record)
    ).then(
      (result) => !cancelled && setLoaded({ caseId, report: result }),
      (caught: unknown) => !cancelled && setError(caught instanceof Error ? caught.message : String(caught)),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per case, not on every edit of its details
  }, [db, caseId, readOnlyReason]);

  if (error) {
    return (
      <p role="alert" className="error">
        The report could not be opened: {error}
      </p>
    );
  }
  const opened = loaded?.caseId === caseId ? loaded.report : null;
  if (!opened || lock.state === 'pending') return <p className="loading">Opening the report…</p>;
  const heldElsewhere = lock.state === 'held-elsewhere';
  return (
    <ReportWorkspace
      key={`${caseId}-${heldElsewhere ? 'viewer' : 'editor'}`}
      caseId={caseId}
      initialContent={opened.content.content}
      report={liveRecord ?? opened.record}
      readOnly={readOnlyReason !== null || heldElsewhere}
      heldElsewhere={heldElsewhere}
      onRetryLock={lock.retry}
      target={target}
    />
  );
}
