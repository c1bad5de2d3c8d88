import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's app and ipcMain are Node event emitters: real ones stand in for them.
const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return { app: Object.assign(new Emitter(), { quit: vi.fn() }), ipcMain: new Emitter() };
});
vi.mock('electron', () => ({ app: electron.app, ipcMain: electron.ipcMain }));

import type { BrowserWindow, WebContents } from 'electron';
import { BACKUP_BEFORE_EXIT_TIMEOUT_MS, askPageForBackups, installBackupBeforeExit } from '../../../src/main/backups/backup-before-exit';
import { backupRequestChannel, backupRequestDoneChannel } from '../../../src/preload/ipc-contract';

const appUrl = 'app://cspr-desk/index.html';

class FakeWebContents extends EventEmitter {
  destroyed = false;
  sent: { channel: string; request: unknown }[] = [];
  isDestroyed = () => this.destroyed;
  send = vi.fn((channel: string, request: unknown) => {
    this.sent.push({ channel, request });
  });
  /** The page answers as the preload does: the request's number on the done channel. */
  answer(request = this.sent.at(-1)?.request, url = appUrl) {
    electron.ipcMain.emit(backupRequestDoneChannel, { sender: this, senderFrame: { url } }, request);
  }
}

class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  destroyed = false;
  isDestroyed = () => this.destroyed;
  close = vi.fn(() => {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
  });
}

function quitEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let windows: FakeWindow[];

beforeEach(() => {
  vi.useFakeTimers();
  electron.app.removeAllListeners();
  electron.ipcMain.removeAllListeners();
  electron.app.quit.mockReset();
  windows = [new FakeWindow()];
});
afterEach(() => {
  vi.useRealTimers();
});

function install(timeoutMs?: number) {
  const guard = installBackupBeforeExit({ windows: () => windows as unknown as BrowserWindow[], ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  for (const win of windows) guard.guardWindow(win as unknown as BrowserWindow);
  return guard;
}

/** What Electron does on app.quit(): before-quit, and the quit goes ahead unless prevented. */
function beforeQuit() {
  const event = quitEvent();
  electron.app.emit('before-quit', event);
  return event;
}

describe('backups before the app quits', () => {
  it('holds the quit, asks the page, and quits for real once it answers', async () => {
    install();
    const page = windows[0]!.webContents;
    expect(beforeQuit().defaultPrevented).toBe(true);
    expect(page.send).toHaveBeenCalledWith(backupRequestChannel, expect.any(Number));
    expect(electron.app.quit).not.toHaveBeenCalled();

    page.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    // The second time through, the quit goes ahead without asking again.
    expect(beforeQuit().defaultPrevented).toBe(false);
    expect(page.send).toHaveBeenCalledTimes(1);
    // And the windows close without asking either.
    windows[0]!.close();
    expect(windows[0]!.destroyed).toBe(true);
    expect(page.send).toHaveBeenCalledTimes(1);
  });

  it('quits after at most about 5 seconds when the page never answers', async () => {
    install();
    beforeQuit();
    await vi.advanceTimersByTimeAsync(BACKUP_BEFORE_EXIT_TIMEOUT_MS - 1);
    expect(electron.app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(BACKUP_BEFORE_EXIT_TIMEOUT_MS).toBe(5_000);
    expect(electron.ipcMain.listenerCount(backupRequestDoneChannel)).toBe(0);
  });

  it('asks once however often quit is pressed while waiting', async () => {
    install();
    beforeQuit();
    expect(beforeQuit().defaultPrevented).toBe(true);
    windows[0]!.close();
    expect(windows[0]!.destroyed).toBe(false);
    expect(windows[0]!.webContents.send).toHaveBeenCalledTimes(1);
    windows[0]!.webContents.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('ignores answers to another request, from another page, or from a page that is not the app', async () => {
    install();
    const page = windows[0]!.webContents;
    beforeQuit();
    const request = page.sent[0]!.request as number;
    page.answer(request + 1);
    page.answer(request, 'https://example.com/');
    electron.ipcMain.emit(backupRequestDoneChannel, { sender: new FakeWebContents(), senderFrame: { url: appUrl } }, request);
    await vi.advanceTimersByTimeAsync(1000);
    expect(electron.app.quit).not.toHaveBeenCalled();
    page.answer(request);
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when there is no window, or its page is gone', async () => {
    windows = [];
    install();
    expect(beforeQuit().defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the page is destroyed mid-wait', async () => {
    install();
    beforeQuit();
    windows[0]!.webContents.destroyed = true;
    windows[0]!.webContents.emit('destroyed');
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('survives a page that cannot be sent to', async () => {
    install();
    windows[0]!.webContents.send.mockImplementation(() => {
      throw new Error('Render frame was disposed');
    });
    beforeQuit();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
});

describe('backups before the window closes', () => {
  it('holds the close, asks the page, then closes for real', async () => {
    install();
    const win = windows[0]!;
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    win.webContents.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(win.close).toHaveBeenCalledTimes(2);
    expect(win.destroyed).toBe(true);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('closes after the timeout when the page never answers', async () => {
    install(200);
    const win = windows[0]!;
    win.close();
    await vi.advanceTimersByTimeAsync(199);
    expect(win.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(win.destroyed).toBe(true);
  });

  it('then lets the app quit without asking a window that is gone', async () => {
    install();
    const win = windows[0]!;
    win.close();
    win.webContents.answer();
    await vi.advanceTimersByTimeAsync(0);
    // Windows and Linux: the last window closed, so the app quits.
    win.webContents.destroyed = true;
    beforeQuit();
    await vi.advanceTimersByTimeAsync(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });
});

describe('askPageForBackups', () => {
  it('resolves "answered", "timed-out" or "gone", and leaves no listener behind', async () => {
    const page = new FakeWebContents();
    const answered = askPageForBackups(page as unknown as WebContents, 1000);
    page.answer();
    expect(await answered).toBe('answered');
    const timedOut = askPageForBackups(page as unknown as WebContents, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await timedOut).toBe('timed-out');
    page.destroyed = true;
    expect(await askPageForBackups(page as unknown as WebContents, 1000)).toBe('gone');
    expect(electron.ipcMain.listenerCount(backupRequestDoneChannel)).toBe(0);
    expect(page.listenerCount('destroyed')).toBe(0);
  });
});
