import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../preload/ipc-contract';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import type { BackupsPort } from '../platform/platform';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { sessionVault } from '../data/session-key';
import { backupCaseKey } from '../data/backup-digests';
import { formatBackupDate, formatBackupSize } from './format-backup-date';
import { restoreBackupAsNewCase } from '../data/restore-backup';
import { listCases } from '../data/case-repository';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const backupKey = (backup: BackupEntry) => `${backup.caseId}/${backup.fileName}`;

// Every automatic backup, newest first; any one restores as a new case, leaving the existing
// cases as they are.
export function BackupsDialog({ port, onClose }: { port: BackupsPort; onClose: () => void }) {
  const { db, readOnlyReason } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const cases = useLiveQuery(() => listCases(db), [db]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    let current = true;
    port.list().then(
      (listed) => current && setBackups(listed),
      (caught: unknown) => current && setError(`The backups could not be listed: ${messageOf(caught)}`),
    );
    return () => {
      current = false;
    };
  }, [port]);

  // Backups are filed by case id (or a digest of an unusual one): name them from the cases here.
  useEffect(() => {
    if (!cases) return;
    let current = true;
    void Promise.all(cases.map(async (record) => [await backupCaseKey(record.id), record.reviewName] as const)).then((pairs) => {
      if (current) setNames(new Map(pairs));
    });
    return () => {
      current = false;
    };
  }, [cases]);

  async function restore(backup: BackupEntry) {
    setError(null);
    setRestoring(backupKey(backup));
    try {
      const record = await restoreBackupAsNewCase(db, port, backup, sessionVault()?.dataKey ?? null);
      announce(`The backup of ${formatBackupDate(backup.createdAt)} is restored as a new case, “${record.reviewName}”.`);
      onClose();
    } catch (caught) {
      setError(`The backup was not restored: ${messageOf(caught)}`);
    } finally {
      setRestoring(null);
    }
  }

  return (
    <ModalDialog title="Backups" onClose={onClose}>
      <p className="hint">
        While a case changes, CSPR Desk writes an encrypted backup of it every few minutes and when it closes, keeping the last 20 and one a day for 30 days.
        Restoring makes a new case; the existing one is not changed.
      </p>
      <ErrorAlert message={error} />
      {backups === null ? (
        error === null && <p className="loading">Loading backups…</p>
      ) : backups.length === 0 ? (
        <p className="empty">No backups yet. The first is written a few minutes after a case changes.</p>
      ) : (
        <table className="cases-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Written</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const name = names.get(backup.caseId) ?? 'Deleted case';
              const date = formatBackupDate(backup.createdAt);
              return (
                <tr key={backupKey(backup)} data-backup-row>
                  <th scope="row">{name}</th>
                  <td>{date}</td>
                  <td>{formatBackupSize(backup.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void restore(backup)}
                      disabled={readOnlyReason !== null || restoring !== null}
                      aria-label={`Restore ${name}, ${date}, as a new case`}
                    >
                      {restoring === backupKey(backup) ? 'Restoring…' : 'Restore as a new case'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
