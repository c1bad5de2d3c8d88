import { flushPendingSaves } from '../app/pending-saves';

/**
 * Locks the app: pending typing is written first (while the key is still here), then the page
 * reloads, which forgets the key (it lives only in this page's memory) and shows the unlock
 * screen. The hash keeps the reviewer's place for after unlocking.
 */
export async function lockNow(): Promise<void> {
  await flushPendingSaves();
  window.location.reload();
}
