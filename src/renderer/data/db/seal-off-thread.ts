import { sessionCipher, sessionVault } from '../session-key';

// The page's side of seal.worker: one worker for the page's life, answers matched by id.
let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (sealed: Uint8Array) => void; reject: (error: Error) => void }>();

function sealWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./seal.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; sealed?: Uint8Array; error?: string }>) => {
    const pending = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.sealed) pending?.resolve(event.data.sealed);
    else pending?.reject(new Error(event.data.error ?? 'The record could not be encrypted.'));
  };
  return worker;
}

/**
 * A record's secret fields, serialised (encryption-middleware's sealedText), sealed with the
 * session key as the encryption layer would, off the page's thread where workers exist (on it
 * otherwise); null when the database is not encrypted (tests, or no session), so the caller
 * stores them plain.
 */
export function sealOffThread(text: string): Promise<Uint8Array | null> {
  const session = sessionVault();
  if (!session) return Promise.resolve(null);
  if (typeof Worker === 'undefined') return Promise.resolve(sessionCipher()?.seal(text) ?? null);
  return new Promise((resolve, reject) => {
    nextId += 1;
    waiting.set(nextId, { resolve, reject });
    sealWorker().postMessage({ id: nextId, key: session.dataKey, text });
  });
}
