import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ReportVersion } from '../../../core/report/report-record';
import { useDatabase } from '../../data/database-context';
import { ModalDialog } from '../../ui/ModalDialog';
import { listReportVersions } from '../../data/report-repository';
import { formatUkTimestamp } from './format-timestamp';
import { VersionViewer } from './VersionViewer';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface VersionsDialogProps {
  caseId: string;
  canRestore: boolean;
  onRestore: (version: ReportVersion) => Promise<void>;
  onClose: () => void;
}

export function VersionsDialog({ caseId, canRestore, onRestore, onClose }: VersionsDialogProps) {
  const { db } = useDatabase();
  const versions = useLiveQuery(() => listReportVersions(db, caseId), [db, caseId]);
  const [viewing, setViewing] = useState<ReportVersion | null>(null);
  const [confirming, setConfirming] = useState<ReportVersion | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (viewing) return <VersionViewer version={viewing} onClose={() => setViewing(null)} />;

  return (
    <ModalDialog title="Saved versions" onClose={onClose} className="versions-dialog">
      {!versions ? (
        <p className="loading">Loading versions…</p>
      ) : versions.length === 0 ? (
        <p className="empty">No versions saved yet. Use “Save version” to keep a copy, for example before sending a draft to the panel.</p>
      ) : (
        <ul className="versions-list" aria-label="Versions, newest first">
          {versions.map((version) => (
            <li key={version.id}>
              <span className="version-label">{version.label}</span> <span className="hint">{formatUkTimestamp(version.createdAt)}</span>
              <span className="row-actions">
                <button type="button" onClick={() => setViewing(version)} aria-label={`View ${version.label}`}>
                  View
                </button>
                <button type="button" onClick={() => setConfirming(version)} disabled={!canRestore} aria-label={`Restore ${version.label}`}>
                  Restore…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div className="warning" role="group" aria-label="Confirm restore">
          <p>Restore “{confirming.label}”? The report as it is now is saved as a version first, so you can go back to it.</p>
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={async () => {
              try {
                await onRestore(confirming);
                onClose();
              } catch (caught) {
                setError(caught instanceof Error ? caught.message : String(caught));
              }
            }}
          >
            Restore this version
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
