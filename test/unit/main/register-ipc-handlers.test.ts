import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    app: { getPath: vi.fn(), getVersion: vi.fn(() => '0.1.0') },
    BrowserWindow: { fromWebContents: vi.fn(() => null) },
  };
});
vi.mock('electron', () => ({
  ipcMain: electron.ipcMain,
  dialog: electron.dialog,
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
}));

import { ipcChannels } from '../../../src/preload/ipc-contract';
import { registerIpcHandlers } from '../../../src/main/ipc/register-ipc-handlers';

const trusted = { senderFrame: { url: 'app://cspr-desk/index.html' }, sender: {} };
const untrusted = { senderFrame: { url: 'https://example.com/' }, sender: {} };

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cspr-ipc-'));
  // Call counts from one test must not leak into the next one's "not called" checks.
  vi.clearAllMocks();
  electron.handlers.clear();
  electron.app.getPath.mockImplementation(() => dir);
  registerIpcHandlers();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

const saveRequest = { suggestedName: 'Overview report.txt', contents: 'Draft overview', filters: [{ name: 'Text', extensions: ['txt'] }] };
const openRequest = { filters: [{ name: 'CSV', extensions: ['csv'] }], maxBytes: 1024 };
const caseId = '5f0c7a2e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const backupContents = '{"format":"cspr-desk/encrypted-case","version":2,"ciphertext":"AAAA"}\n';
const writeBackupRequest = { caseId, contents: backupContents };
const readBackupRequest = { caseId, fileName: '2021-02-14T10-42-05-123Z.cspr.json' };

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it.each([
    ['file:save', saveRequest],
    ['file:open-text', openRequest],
    ['app:info', undefined],
    ['backup:write', writeBackupRequest],
    ['backup:list', undefined],
    ['backup:read', readBackupRequest],
  ])('%s refuses an untrusted sender without doing anything', async (channel, request) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const event of [untrusted, { senderFrame: null, sender: {} }, { senderFrame: { url: 'app://cspr-desk.evil.com/' }, sender: {} }]) {
      const result = await invoke(channel, event, request);
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Refused/) });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses bad payloads with a message naming the field', async () => {
    expect(await invoke('file:save', trusted, { ...saveRequest, suggestedName: '../../evil.sh' })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid file:save request: suggestedName /),
    });
    expect(await invoke('file:open-text', trusted, { ...openRequest, maxBytes: -1 })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid file:open-text request: maxBytes /),
    });
    expect(await invoke('app:info', trusted, { sneaky: true })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid app:info request: request /),
    });
    expect(await invoke('file:save', trusted, saveRequest, 'extra')).toEqual({ ok: false, message: expect.stringMatching(/one argument/) });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  describe('file:save', () => {
    it('suggests the name in Documents and writes the chosen file', async () => {
      const chosen = join(dir, 'Chosen name.txt');
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
      const result = await invoke('file:save', trusted, saveRequest);
      expect(result).toEqual({ ok: true, data: { saved: true, fileName: 'Chosen name.txt' } });
      expect(await readFile(chosen, 'utf8')).toBe('Draft overview');
      expect(electron.app.getPath).toHaveBeenCalledWith('documents');
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
        expect.objectContaining({ defaultPath: join(dir, 'Overview report.txt'), filters: saveRequest.filters }),
      );
    });

    it('writes bytes as they are and parents the dialog on the sender window', async () => {
      const win = { id: 1 };
      electron.BrowserWindow.fromWebContents.mockReturnValueOnce(win as never);
      const chosen = join(dir, 'report.docx');
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
      const bytes = new Uint8Array([80, 75, 3, 4]);
      expect(await invoke('file:save', trusted, { ...saveRequest, contents: bytes })).toMatchObject({ ok: true });
      expect([...(await readFile(chosen))]).toEqual([80, 75, 3, 4]);
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.any(Object));
    });

    it('reports a cancelled dialog as not saved', async () => {
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
      expect(await invoke('file:save', trusted, saveRequest)).toEqual({ ok: true, data: { saved: false } });
      expect(await readdir(dir)).toEqual([]);
    });

    it('turns a write failure into an error result, never an exception', async () => {
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'gone', 'report.txt') });
      expect(await invoke('file:save', trusted, saveRequest)).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
    });

    it('turns a dialog failure into an error result', async () => {
      electron.dialog.showSaveDialog.mockRejectedValue(new Error('dialog broke'));
      expect(await invoke('file:save', trusted, saveRequest)).toEqual({ ok: false, message: 'dialog broke' });
    });
  });

  describe('file:open-text', () => {
    it('returns the base name and the text', async () => {
      const file = join(dir, 'chronology.csv');
      await writeFile(file, 'date,event\n');
      electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
      expect(await invoke('file:open-text', trusted, openRequest)).toEqual({
        ok: true,
        data: { name: 'chronology.csv', contents: 'date,event\n' },
      });
      expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'], filters: openRequest.filters }));
    });

    it('refuses a file over maxBytes', async () => {
      const file = join(dir, 'huge.csv');
      await writeFile(file, 'x'.repeat(2048));
      electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
      expect(await invoke('file:open-text', trusted, openRequest)).toEqual({
        ok: false,
        message: expect.stringMatching(/huge\.csv is too large/),
      });
    });

    it('returns null when cancelled', async () => {
      electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
      expect(await invoke('file:open-text', trusted, openRequest)).toEqual({ ok: true, data: null });
    });
  });

  describe('backups', () => {
    it('writes under userData/backups/<caseId>/, lists and reads back', async () => {
      const written = await invoke('backup:write', trusted, writeBackupRequest);
      expect(written).toEqual({
        ok: true,
        data: {
          caseId,
          fileName: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.cspr\.json$/),
          createdAt: expect.any(String),
          bytes: backupContents.length,
        },
      });
      expect(electron.app.getPath).toHaveBeenCalledWith('userData');
      const { fileName } = (written as { data: { fileName: string } }).data;
      expect(await readFile(join(dir, 'backups', caseId, fileName), 'utf8')).toBe(backupContents);
      expect(await invoke('backup:list', trusted)).toEqual({ ok: true, data: [(written as { data: unknown }).data] });
      expect(await invoke('backup:read', trusted, { caseId, fileName })).toEqual({ ok: true, data: { contents: backupContents } });
    });

    it('refuses bad requests, naming the field, and writes nothing', async () => {
      const cases: [string, unknown, RegExp][] = [
        ['backup:write', { ...writeBackupRequest, caseId: '../../evil' }, /^Invalid backup:write request: caseId /],
        ['backup:write', { ...writeBackupRequest, contents: '{"format":"cspr-desk/case"}' }, /^Invalid backup:write request: contents /],
        ['backup:write', { ...writeBackupRequest, contents: new Uint8Array([1]) }, /^Invalid backup:write request: contents /],
        ['backup:list', { caseId }, /^Invalid backup:list request: request /],
        ['backup:read', { ...readBackupRequest, fileName: '../../../etc/passwd' }, /^Invalid backup:read request: fileName /],
        ['backup:read', { ...readBackupRequest, caseId: 'a/b' }, /^Invalid backup:read request: caseId /],
      ];
      for (const [channel, request, error] of cases)
        expect(await invoke(channel, trusted, request)).toEqual({ ok: false, message: expect.stringMatching(error) });
      expect(await readdir(dir)).toEqual([]);
    });

    it('turns an unwritable backups folder into an error result, never an exception', async () => {
      await writeFile(join(dir, 'backups'), 'a file where the folder should be');
      expect(await invoke('backup:write', trusted, writeBackupRequest)).toEqual({
        ok: false,
        message: expect.stringMatching(/^Part of this path is not a folder: /),
      });
      expect(await invoke('backup:list', trusted)).toEqual({ ok: false, message: expect.stringMatching(/not a folder/) });
    });

    it('reports a backup that is not there', async () => {
      expect(await invoke('backup:read', trusted, readBackupRequest)).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
      expect(await invoke('backup:list', trusted)).toEqual({ ok: true, data: [] });
    });
  });

  describe('app:info', () => {
    it('returns the version and platform', async () => {
      expect(await invoke('app:info', trusted)).toEqual({ ok: true, data: { version: '0.1.0', platform: process.platform } });
    });
  });

  it('trusts the dev server only when registered for development', async () => {
    electron.handlers.clear();
    registerIpcHandlers({ devServerUrl: 'http://localhost:5173/' });
    const devEvent = { senderFrame: { url: 'http://localhost:5173/' }, sender: {} };
    expect(await invoke('app:info', devEvent)).toMatchObject({ ok: true });
  });
});
