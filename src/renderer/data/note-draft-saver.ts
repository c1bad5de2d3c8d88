import type { NoteDraft } from '../../core/events/practitioner-event';
import type { CsprDatabase } from './db/cspr-database';
import { DebouncedSaver } from './debounced-saver';

/**
 * Saves the note being typed on every keystroke, through the one saver (debounced-saver.ts) with
 * no delay: one write is in flight at a time; keystrokes that arrive meanwhile are folded into
 * the next write, so the database always ends with the latest text and typing never waits for it.
 */
export class NoteDraftSaver {
  private pending: NoteDraft | null = null;
  private failed: ((error: unknown) => void) | null;
  private readonly saver: DebouncedSaver;

  constructor(
    private readonly db: CsprDatabase,
    onError: (error: unknown) => void,
  ) {
    this.failed = onError;
    this.saver = new DebouncedSaver(
      () => this.write(),
      () => undefined,
      { delayMs: 0 },
    );
  }

  save(draft: NoteDraft): void {
    this.pending = draft;
    this.saver.markDirty();
  }

  /** Forgets keystrokes not yet written: the note was just added, so its draft must not return. */
  discardPending(): void {
    this.pending = null;
  }

  /** Resolves when everything typed so far is on disk (a failure has been reported already). */
  async flush(): Promise<void> {
    await this.saver.flush().catch(() => undefined);
  }

  dispose(): void {
    this.failed = null;
    void this.saver.dispose().catch(() => undefined);
  }

  private async write(): Promise<void> {
    const draft = this.pending;
    this.pending = null;
    if (!draft) return;
    try {
      if (draft.text === '') await this.db.noteDrafts.delete(draft.eventId);
      else await this.db.noteDrafts.put(draft);
    } catch (error) {
      // Kept for the retry, unless newer keystrokes have replaced it.
      this.pending ??= draft;
      this.failed?.(error);
      throw error;
    }
  }
}
