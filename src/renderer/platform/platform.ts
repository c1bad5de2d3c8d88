import type { BackupEntry, OpenTextFileRequest, OpenTextFileResponse, SaveFileRequest, SaveFileResponse } from '../../preload/ipc-contract';

/** Automatic encrypted backups in the app's data folder (Electron only). Failures reject with a clear message. */
export interface BackupsPort {
  /** Writes a new backup of the case (an encrypted case file) atomically; older ones are pruned. */
  write(caseId: string, contents: string): Promise<BackupEntry>;
  /** Every backup of every case, newest first. */
  list(): Promise<BackupEntry[]>;
  read(caseId: string, fileName: string): Promise<string>;
  /**
   * `callback` runs when the app is about to quit or its window to close; the app waits (a few
   * seconds at most) for its promise. Returns a function that removes it.
   */
  onBeforeExit(callback: () => Promise<void>): () => void;
}

// The seam between the app and where it runs: the Electron preload API, or browser fallbacks
// in web mode. Everything else in the renderer is the same code in both.
export interface Platform {
  kind: 'electron' | 'web';
  /** Resolves { saved: false } when the reviewer cancels; rejects with a clear message on failure. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  /** Resolves null when the reviewer cancels; rejects when the file is too large or unreadable. */
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResponse>;
  /** Present in Electron; absent in web mode, where the reviewer exports case files instead. */
  backups?: BackupsPort;
}
