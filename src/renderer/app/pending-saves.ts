// Everything that holds typing not yet written (the report's autosave, the note being typed)
// registers how to write it now, so the app can lock or close without losing a word.

type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerPendingSave(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Writes everything pending; a failure of one does not stop the others. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
