import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRequestChannel, backupRequestDoneChannel, type CsprApi } from '../../../src/preload/ipc-contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      }),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: CsprApi;

beforeAll(async () => {
  await import('../../../src/preload/index');
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  expect(call?.[0]).toBe('api');
  api = call?.[1] as CsprApi;
});

beforeEach(() => {
  electron.ipcRenderer.send.mockClear();
});

/** Main asking, as it does before quitting: the request number on the backup channel. */
function mainAsks(request: number) {
  for (const listener of electron.listeners.get(backupRequestChannel) ?? []) listener({ sender: 'event object' }, request);
}

describe('preload', () => {
  it('exposes exactly its named verbs, and no ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'listBackups', 'onBackupRequest', 'openTextFile', 'readBackup', 'saveFile', 'writeBackup']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|"on"|"once"|listener|channel/i);
  });

  it('listens on the backup request channel only', () => {
    expect([...electron.listeners.keys()]).toEqual([backupRequestChannel]);
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

    const writeRequest = { caseId: 'abc', contents: '{"format":"cspr-desk/encrypted-case"}' };
    await api.writeBackup(writeRequest);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('backup:write', writeRequest);
    await api.listBackups();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('backup:list');
    const readRequest = { caseId: 'abc', fileName: '2021-02-14T10-42-05-123Z.cspr.json' };
    await api.readBackup(readRequest);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('backup:read', readRequest);
  });

  it('turns a failed invoke into an error result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'app:info'"));
    expect(await api.appInfo()).toEqual({ ok: false, message: expect.stringMatching(/could not reach its main process/) });
  });

  describe('backup requests before quitting', () => {
    it('answers at once when the page has no callback (locked)', () => {
      mainAsks(1);
      expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 1);
    });

    it('runs the callback and answers once it has finished', async () => {
      let finish: () => void = () => undefined;
      const callback = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
      const remove = api.onBackupRequest(callback);
      mainAsks(2);
      expect(callback).toHaveBeenCalledTimes(1);
      await Promise.resolve();
      expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
      finish();
      await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 2));
      remove();
    });

    it('answers even when the callback fails or throws', async () => {
      const removeRejecting = api.onBackupRequest(() => Promise.reject(new Error('disk full')));
      mainAsks(3);
      await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 3));
      removeRejecting();
      const removeThrowing = api.onBackupRequest(() => {
        throw new Error('broken');
      });
      mainAsks(4);
      await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 4));
      removeThrowing();
    });

    it('keeps one callback: the newest; removing an old one leaves the new one', async () => {
      const first = vi.fn(async () => undefined);
      const second = vi.fn(async () => undefined);
      const removeFirst = api.onBackupRequest(first);
      const removeSecond = api.onBackupRequest(second);
      removeFirst();
      mainAsks(5);
      await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 5));
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledTimes(1);
      removeSecond();
      mainAsks(6);
      expect(electron.ipcRenderer.send).toHaveBeenCalledWith(backupRequestDoneChannel, 6);
      expect(second).toHaveBeenCalledTimes(1);
    });

    it('refuses a callback that is not a function', () => {
      expect(() => api.onBackupRequest('alert(1)' as unknown as () => Promise<void>)).toThrow(TypeError);
    });
  });
});
