import { useEffect, useState } from 'react';

export type EditLockState = 'pending' | 'granted' | 'held-elsewhere';

/**
 * One editor per report across windows and tabs: the first to open the report holds a Web Lock
 * for it; any other is told and stays read-only, so neither silently overwrites the other. The
 * lock is released when the screen closes, or the tab or window does (the browser frees it even
 * after a crash). `retry` asks again, for when the other window has closed.
 */
export function useEditLock(name: string): { state: EditLockState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // The answer for one request (name and attempt); a newer request reads as pending until answered.
  const requestKey = `${name}#${attempt}`;
  const [answer, setAnswer] = useState<{ key: string; state: EditLockState } | null>(null);
  const locksAvailable = typeof navigator !== 'undefined' && Boolean(navigator.locks);

  useEffect(() => {
    if (!locksAvailable) return;
    const locks = navigator.locks;
    const setState = (state: EditLockState) => setAnswer({ key: requestKey, state });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let cancelled = false;
    const request = (isRetry: boolean) =>
      locks.request(name, { ifAvailable: true }, async (lock) => {
        if (cancelled) return;
        if (!lock) {
          // A lock just released by this same page (a re-mounted screen) frees a moment later.
          if (!isRetry) setTimeout(() => void request(true), 200);
          else setState('held-elsewhere');
          return;
        }
        setState('granted');
        await held;
      });
    void request(false);
    return () => {
      cancelled = true;
      release();
    };
  }, [name, requestKey, locksAvailable]);

  // No Web Locks (very old browsers): nothing to coordinate with.
  const state: EditLockState = !locksAvailable ? 'granted' : answer?.key === requestKey ? answer.state : 'pending';
  return { state, retry: () => setAttempt((count) => count + 1) };
}
