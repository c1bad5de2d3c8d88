import { contextBridge, ipcRenderer } from 'electron';
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
    return { ok: false, error: `CSPR Desk could not reach its main process: ${message}` };
  }
}

const api = {
  saveFile: (request) => invoke('file:save', request),
  openTextFile: (request) => invoke('file:open-text', request),
  appInfo: () => invoke('app:info'),
} satisfies CsprApi;

contextBridge.exposeInMainWorld('api', api);
