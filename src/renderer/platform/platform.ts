import type { OpenTextFileRequest, OpenTextFileResponse, SaveFileRequest, SaveFileResponse } from '../../preload/ipc-contract';

// The seam between the app and where it runs: the Electron preload API, or browser fallbacks
// in web mode. Everything else in the renderer is the same code in both.
export interface Platform {
  kind: 'electron' | 'web';
  /** Resolves { saved: false } when the reviewer cancels; rejects with a clear message on failure. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  /** Resolves null when the reviewer cancels; rejects when the file is too large or unreadable. */
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResponse>;
}
