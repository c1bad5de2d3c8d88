import type { NoteDraft } from '../../core/events/practitioner-event';
import type { CsprDatabase } from '../db/cspr-database';

/**
 * Saves the note being typed on every keystroke. One write is in flight at a time; keystrokes
 * that arrive meanwhile are folded into the next write, so the database always ends with the
 * latest text and typing never waits for it.
 */
export class NoteDraftSaver {
  private pending: NoteDraft | null = null;
  private writing: Promise<void> | null = null;
  private failed: ((error: unknown) => void) | null;

  constructor(
    private readonly db: CsprDatabase,
    onError: (error: unknown) => void,
  ) {
    this.failed = onError;
  }

  save(draft: NoteDraft): void {
    this.pending = draft;
    if (!this.writing) this.writing = this.drain();
  }

  /** Forgets keystrokes not yet written: the note was just added, so its draft must not return. */
  discardPending(): void {
    this.pending = null;
  }

  /** Resolves when everything typed so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  dispose(): void {
    this.failed = null;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const draft = this.pending;
        this.pending = null;
        if (draft.text === '') await this.db.noteDrafts.delete(draft.eventId);
        else await this.db.noteDrafts.put(draft);
      }
    } catch (error) {
      this.failed?.(error);
    } finally {
      this.writing = null;
    }
  }
}
