import { registerPendingSave } from './pending-saves';

export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface DebouncedSaverOptions {
  /** Quiet time after the last change before saving; 0 writes at once (one write in flight, later changes folded into the next). */
  delayMs?: number;
  /** Longest a change may wait while the reviewer keeps typing: the most work a crash can lose. */
  maxWaitMs?: number;
  /** After a failed save, try again this long later even if nothing else changes. */
  retryMs?: number;
  /** Registered with the pending saves (flushed before locking, closing and backing up); on unless said otherwise. */
  pending?: boolean;
}

/**
 * The one way the app saves what the reviewer types: the report's autosave, a field of a
 * chronology entry or a recommendation (use-saved-text.ts), the note being typed at an event
 * (note-draft-saver.ts). A change is saved soon without saving on every keystroke: the write runs
 * after a short pause, or at the latest `maxWaitMs` after the first unsaved change (or at once,
 * with no delay). Never two writes at once; a change made during a write is saved by the next
 * one. A failed write is reported and retried — never silently dropped. Every saver is registered
 * with the pending saves, so locking, closing the page and a backup write it first.
 */
export class DebouncedSaver {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt = 0;
  private inFlight: Promise<void> | null = null;
  private disposed = false;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly unregister: () => void;

  constructor(
    private readonly write: () => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    options: DebouncedSaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 900;
    this.retryMs = options.retryMs ?? 3000;
    this.unregister = options.pending === false ? () => undefined : registerPendingSave(() => this.flush());
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  markDirty(): void {
    if (this.disposed) return;
    const now = Date.now();
    // Status is reported once per burst of typing, not per keystroke: every report re-renders
    // whatever shows it.
    if (!this.dirty) {
      this.firstDirtyAt = now;
      this.onStatus({ state: 'saving' });
    }
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.delayMs === 0) {
      // At once: the write starts now, or after the one in flight with everything changed meanwhile.
      this.timer = null;
      void this.flush().catch(() => undefined);
      return;
    }
    const wait = Math.max(0, Math.min(this.delayMs, this.firstDirtyAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Saves now if anything is unsaved; resolves when everything changed so far is written. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    if (!this.dirty) return;
    this.dirty = false;
    const attempt = this.write().then(
      () => {
        if (!this.dirty) this.onStatus({ state: 'saved' });
      },
      (error: unknown) => {
        this.dirty = true;
        this.onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        if (!this.disposed) this.timer = setTimeout(() => void this.flush(), this.retryMs);
        throw error;
      },
    );
    this.inFlight = attempt;
    try {
      await attempt;
    } finally {
      if (this.inFlight === attempt) this.inFlight = null;
    }
    if (this.dirty) await this.flush();
  }

  /** Flushes and stops: no timer outlives the screen, and locking no longer waits for it. */
  async dispose(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.disposed = true;
      this.unregister();
      if (this.timer) clearTimeout(this.timer);
    }
  }
}
