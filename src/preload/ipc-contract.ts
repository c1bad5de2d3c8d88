// The one IPC contract between the renderer (through the preload) and the main process.
// Types only, plus the channel names: main registers a handler per channel, the preload
// exposes one named verb per channel, and the renderer sees `window.api` typed as CsprApi.

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: string };

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

export interface IpcContract {
  'file:save': { request: SaveFileRequest; response: SaveFileResponse };
  'file:open-text': { request: OpenTextFileRequest; response: OpenTextFileResponse };
  'app:info': { request: void; response: AppInfo };
}

export type IpcChannel = keyof IpcContract;

export const ipcChannels = ['file:save', 'file:open-text', 'app:info'] as const satisfies readonly IpcChannel[];

/** What the preload exposes as `window.api`. */
export interface CsprApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openTextFile(request: OpenTextFileRequest): Promise<IpcResult<OpenTextFileResponse>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
}
