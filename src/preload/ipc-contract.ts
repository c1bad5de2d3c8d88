// The one IPC contract between the renderer (through the preload) and the main process.
// Types only, plus the channel names: main registers a handler per channel, the preload
// exposes one named verb per channel, and the renderer sees `window.api` typed as CsprApi.
import type { Result } from '../core/result';

/** What every channel answers: its data, or one plain sentence saying why not (src/core/result.ts). */
export type IpcResult<T> = Result<{ data: T }>;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A file name only (no folders); the main process shows a Save dialog in Documents. */
  suggestedName: string;
  /** Text is written as UTF-8; bytes are written as they are. */
  contents: string | Uint8Array;
  filters: FileFilter[];
}

export interface SaveFileResponse {
  /** False when the reviewer cancelled the dialog. */
  saved: boolean;
  /** The chosen file's name (not its folder), for a confirmation message. */
  fileName?: string;
}

export interface OpenTextFileRequest {
  filters: FileFilter[];
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

export type OpenTextFileResponse = { name: string; contents: string } | null;

export interface AppInfo {
  version: string;
  platform: string;
}

/** One automatic backup file, as main lists it. */
export interface BackupEntry {
  /** The case's backup folder name: its id (letters, digits and hyphens, at most 64). */
  caseId: string;
  /** `<UTC timestamp>.cspr.json`, e.g. `2021-02-14T10-42-05-123Z.cspr.json`. */
  fileName: string;
  /** When it was written (ISO 8601, UTC), read from the file name. */
  createdAt: string;
  bytes: number;
}

export interface WriteBackupRequest {
  caseId: string;
  /** An encrypted case file (format "cspr-desk/encrypted-case"): main refuses anything else. */
  contents: string;
}

export interface ReadBackupRequest {
  caseId: string;
  fileName: string;
}

export interface ReadBackupResponse {
  contents: string;
}

export interface IpcContract {
  'file:save': { request: SaveFileRequest; response: SaveFileResponse };
  'file:open-text': { request: OpenTextFileRequest; response: OpenTextFileResponse };
  'app:info': { request: void; response: AppInfo };
  'backup:write': { request: WriteBackupRequest; response: BackupEntry };
  'backup:list': { request: void; response: BackupEntry[] };
  'backup:read': { request: ReadBackupRequest; response: ReadBackupResponse };
}

export type IpcChannel = keyof IpcContract;

export const ipcChannels = ['file:save', 'file:open-text', 'app:info', 'backup:write', 'backup:list', 'backup:read'] as const satisfies readonly IpcChannel[];

// Main → renderer, when the app is about to quit or its window to close: main sends a number on
// `backupRequestChannel`; the preload runs the page's callback (the backup pass) and answers with
// the same number on `backupRequestDoneChannel`, at once when the page has registered none (it is
// locked). Main waits for that answer at most a few seconds.
export const backupRequestChannel = 'backup:before-exit';
export const backupRequestDoneChannel = 'backup:before-exit-done';

/** What the preload exposes as `window.api`. */
export interface CsprApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openTextFile(request: OpenTextFileRequest): Promise<IpcResult<OpenTextFileResponse>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<BackupEntry>>;
  listBackups(): Promise<IpcResult<BackupEntry[]>>;
  readBackup(request: ReadBackupRequest): Promise<IpcResult<ReadBackupResponse>>;
  /**
   * `callback` runs when main asks for backups before the app quits or its window closes; main
   * is told once the promise it returns settles. One callback at a time: a second call replaces
   * the first. Returns a function that removes it.
   */
  onBackupRequest(callback: () => Promise<void>): () => void;
}
