import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CsprApi } from '../../../src/preload/ipc-contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

let api: CsprApi;

beforeAll(async () => {
  await import('../../../src/preload/index');
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  expect(call?.[0]).toBe('api');
  api = call?.[1] as CsprApi;
});

describe('preload', () => {
  it('exposes exactly the three verbs, and no ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'openTextFile', 'saveFile']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|on/i);
  });

  it('sends each verb on its channel with its request', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: { saved: false } });
    const saveRequest = { suggestedName: 'a.txt', contents: 'x', filters: [] };
    expect(await api.saveFile(saveRequest)).toEqual({ ok: true, data: { saved: false } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:save', saveRequest);

    const openRequest = { filters: [], maxBytes: 10 };
    await api.openTextFile(openRequest);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:open-text', openRequest);

    await api.appInfo();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info');
  });

  it('turns a failed invoke into an error result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'app:info'"));
    expect(await api.appInfo()).toEqual({ ok: false, error: expect.stringMatching(/could not reach its main process/) });
  });
});
