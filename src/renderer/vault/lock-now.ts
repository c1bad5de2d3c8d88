import { flushPendingSaves } from '../data/pending-saves';
import { runBeforeLock } from '../data/before-lock';

/**
 * Locks the app: pending typing is written first (while the key is still here), then what
 * changed is backed up (Electron), then the page
 * reloads, which forgets the key (it lives only in this page's memory) and shows the unlock
 * screen. The hash keeps the reviewer's place for after unlocking.
 */
export async function lockNow(): Promise<void> {
  await flushPendingSaves();
  await runBeforeLock();
  window.location.reload();
}
