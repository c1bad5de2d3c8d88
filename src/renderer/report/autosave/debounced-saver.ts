export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface DebouncedSaverOptions {
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest a change may wait while the reviewer keeps typing: the most work a crash can lose. */
  maxWaitMs?: number;
  /** After a failed save, try again this long later even if nothing else changes. */
  retryMs?: number;
}

/**
 * Saves changes soon after they happen without saving on every keystroke: the write runs after
 * a short pause, or at the latest `maxWaitMs` after the first unsaved change. Never two writes at
 * once; a change made during a write is saved by the next one. A failed write is reported and
 * retried — never silently dropped.
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

  constructor(
    private readonly write: () => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    options: DebouncedSaverOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 900;
    this.retryMs = options.retryMs ?? 3000;
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

  /** Flushes and stops: no timer outlives the screen. */
  async dispose(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.disposed = true;
      if (this.timer) clearTimeout(this.timer);
    }
  }
}
