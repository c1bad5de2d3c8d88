import { useEffect, useState } from 'react';
import { useDatabase } from '../data/database-context';
import { flushPendingSaves } from '../data/pending-saves';
import { currentPlatform } from '../platform/current-platform';
import { registerBeforeLock } from '../data/before-lock';
import { sessionVault } from '../data/session-key';
import { BackupScheduler, backupIntervalMs } from './backup-scheduler';
import { backupWarning } from './backup-warning';

// Mounted once the app is unlocked (App renders only then). Electron only: in web mode there is
// no backups port, and the reviewer exports case files instead. Renders nothing but the warning
// shown while backups cannot be written; the next pass that succeeds clears it.
export function AutomaticBackups() {
  const { db } = useDatabase();
  const port = currentPlatform.backups;
  const [warning, setWarning] = useState<string | null>(null);

  useEffect(() => {
    if (!port) return;
    const scheduler = new BackupScheduler({
      db,
      port,
      sessionKey: sessionVault,
      changed: db.changedCases,
      flushPendingSaves,
      onStatus: (status) => {
        if (status.kind === 'failed') setWarning(backupWarning(status.message));
        else if (status.kind === 'ok') setWarning(null);
      },
    });
    const stop = scheduler.start(backupIntervalMs);
    const stopListening = port.onBeforeExit(async () => {
      await scheduler.runBeforeExit();
    });
    // Locking forgets the key: what changed is backed up first.
    const stopBeforeLock = registerBeforeLock(() => scheduler.run());
    return () => {
      stop();
      stopListening();
      stopBeforeLock();
    };
  }, [db, port]);

  if (!port || warning === null) return null;
  return (
    <p className="banner banner-warning" role="alert">
      {warning}
    </p>
  );
}
