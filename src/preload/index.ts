import { contextBridge, ipcRenderer } from 'electron';
import { backupRequestChannel, backupRequestDoneChannel } from './ipc-contract';
import type { CsprApi, IpcChannel, IpcContract, IpcResult } from './ipc-contract';

// The page gets these named verbs and nothing else: no ipcRenderer, no channel names, so a
// script injected into the page cannot reach any other main-process handler.

async function invoke<C extends IpcChannel>(
  channel: C,
  ...request: IpcContract[C]['request'] extends void ? [] : [IpcContract[C]['request']]
): Promise<IpcResult<IpcContract[C]['response']>> {
  try {
    return (await ipcRenderer.invoke(channel, ...request)) as IpcResult<IpcContract[C]['response']>;
  } catch (error) {
    // The main handlers never throw; this is a missing handler or a message that cannot be sent.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `CSPR Desk could not reach its main process: ${message}` };
  }
}

// Main asks before the app quits or its window closes; the page's callback writes its backups.
// The answer goes back whatever happens (done, failed, or no callback because the app is locked),
// so main never waits longer than it must. Only the request number crosses, never the event.
let backupRequestCallback: (() => Promise<void>) | null = null;

ipcRenderer.on(backupRequestChannel, (_event, request: unknown) => {
  const answer = () => ipcRenderer.send(backupRequestDoneChannel, request);
  const callback = backupRequestCallback;
  if (callback === null) return answer();
  let running: Promise<void>;
  try {
    running = Promise.resolve(callback());
  } catch (error) {
    running = Promise.reject(error);
  }
  running.catch(() => undefined).finally(answer);
});

function onBackupRequest(callback: () => Promise<void>): () => void {
  if (typeof callback !== 'function') throw new TypeError('onBackupRequest needs a function');
  backupRequestCallback = callback;
  return () => {
    if (backupRequestCallback === callback) backupRequestCallback = null;
  };
}

const api = {
  saveFile: (request) => invoke('file:save', request),
  openTextFile: (request) => invoke('file:open-text', request),
  appInfo: () => invoke('app:info'),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list'),
  readBackup: (request) => invoke('backup:read', request),
  onBackupRequest,
} satisfies CsprApi;

contextBridge.exposeInMainWorld('api', api);
