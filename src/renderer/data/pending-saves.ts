import { createTaskRegistry } from './task-registry';

// Everything that holds typing not yet written (every saver, see debounced-saver.ts) registers
// how to write it now, so the app can lock, back up or close without losing a word.

const pendingSaves = createTaskRegistry();

export const registerPendingSave: (flush: () => Promise<void>) => () => void = pendingSaves.register;

/** Writes everything pending; a failure of one does not stop the others. */
export const flushPendingSaves: () => Promise<void> = pendingSaves.runAll;

// When the page is hidden, closed or reloaded, everything pending is written at once.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const flush = () => void flushPendingSaves();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
}
