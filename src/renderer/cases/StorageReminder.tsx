import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../core/cases/case-record';
import { casesDueForExport, exportReminderDays } from '../../core/cases/export-reminder';
import { currentPlatform } from '../platform/current-platform';
import { lastExportedAt } from '../data/export-log';
import { useCaseCommands } from './use-case-commands';

type Persistence = 'granted' | 'not-granted' | 'unknown';

// Web mode only: whether the browser promised to keep the data, and a reminder to export cases
// not exported for a week (in Electron, automatic backups do this job).
export function StorageReminder({ cases }: { cases: readonly CaseRecord[] }) {
  const commands = useCaseCommands();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [, setExports] = useState(0);
  useEffect(() => {
    if (currentPlatform.kind !== 'web') return;
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    void storage
      .persisted()
      .then((persisted) => (persisted ? true : (storage.persist?.() ?? false)))
      .then((granted) => setPersistence(granted ? 'granted' : 'not-granted'))
      .catch(() => setPersistence('unknown'));
    const onExported = () => setExports((count) => count + 1);
    window.addEventListener('cspr-desk:exported', onExported);
    return () => window.removeEventListener('cspr-desk:exported', onExported);
  }, []);
  if (currentPlatform.kind !== 'web') return null;
  const due = casesDueForExport(cases, lastExportedAt);

  return (
    <section className="storage-reminder" aria-label="Keeping the data safe">
      {persistence === 'granted' && <p className="hint">This browser keeps CSPR Desk’s data until you delete it (persistent storage granted).</p>}
      {persistence === 'not-granted' && (
        <p className="warning">
          This browser has not promised to keep CSPR Desk’s data: it may clear it when the disk is short of space. Export case files regularly.
        </p>
      )}
      {due.length > 0 && (
        <div role="note" className="banner banner-warning">
          <p>Not exported for over {exportReminderDays} days since they last changed — a case file is the only copy outside this browser:</p>
          <ul>
            {due.map((record) => (
              <li key={record.id}>
                {record.reviewName}{' '}
                <button type="button" onClick={() => commands.exportCase(record.id)} aria-label={`Export ${record.reviewName} now`}>
                  Export now
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
