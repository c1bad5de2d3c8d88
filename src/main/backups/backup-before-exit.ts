import { app, ipcMain } from 'electron';
import type { BrowserWindow, Event, IpcMainEvent, WebContents } from 'electron';
import { backupRequestChannel, backupRequestDoneChannel } from '../../preload/ipc-contract';
import { isTrustedSender } from '../security/is-trusted-sender';

// Before the app quits, or its window closes, the page is asked to write its automatic backups
// (it holds the key and the data; main holds neither) and given at most a few seconds to answer.
// Then the quit or close goes ahead for real: the second time through, nothing is asked, so a
// page that never answers can delay quitting by the timeout, but never stop it.

export const BACKUP_BEFORE_EXIT_TIMEOUT_MS = 5_000;

export type BackupAnswer = 'answered' | 'timed-out' | 'gone';

export interface BackupBeforeExitOptions {
  /** The windows whose pages are asked (the main window, when there is one). */
  windows: () => BrowserWindow[];
  devServerUrl?: string | undefined;
  timeoutMs?: number;
}

export interface BackupBeforeExit {
  /** Asks before this window closes, too (closing the last window quits on Windows and Linux). */
  guardWindow(win: BrowserWindow): void;
}

let nextRequest = 1;

/** Asks one page to write its backups; resolves when it answers, after the timeout, or once it is gone. */
export function askPageForBackups(contents: WebContents, timeoutMs: number, devServerUrl?: string): Promise<BackupAnswer> {
  const request = nextRequest++;
  return new Promise<BackupAnswer>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (answer: BackupAnswer) => {
      if (timer !== undefined) clearTimeout(timer);
      ipcMain.removeListener(backupRequestDoneChannel, onDone);
      contents.removeListener('destroyed', onGone);
      resolve(answer);
    };
    const onDone = (event: IpcMainEvent, answered: unknown) => {
      // Only this page's answer to this request counts.
      if (event.sender !== contents || answered !== request || !isTrustedSender(event, devServerUrl)) return;
      finish('answered');
    };
    const onGone = () => finish('gone');
    try {
      if (contents.isDestroyed()) return resolve('gone');
      ipcMain.on(backupRequestDoneChannel, onDone);
      contents.once('destroyed', onGone);
      timer = setTimeout(() => finish('timed-out'), timeoutMs);
      contents.send(backupRequestChannel, request);
    } catch {
      finish('gone');
    }
  });
}

function pagesOf(windows: BrowserWindow[]): WebContents[] {
  return windows.flatMap((win) => {
    try {
      return win.isDestroyed() ? [] : [win.webContents];
    } catch {
      return [];
    }
  });
}

/** Installs the ask-then-quit path on `before-quit`. Call once, before any window exists. */
export function installBackupBeforeExit({ windows, devServerUrl, timeoutMs = BACKUP_BEFORE_EXIT_TIMEOUT_MS }: BackupBeforeExitOptions): BackupBeforeExit {
  let quitting: 'no' | 'asking' | 'ready' = 'no';

  const askAll = async (pages: WebContents[]) => {
    await Promise.all(pages.map((contents) => askPageForBackups(contents, timeoutMs, devServerUrl)));
  };

  app.on('before-quit', (event: Event) => {
    if (quitting === 'ready') return;
    event.preventDefault();
    if (quitting === 'asking') return;
    quitting = 'asking';
    askAll(pagesOf(windows()))
      .catch(() => undefined)
      .finally(() => {
        quitting = 'ready';
        app.quit();
      });
  });

  return {
    guardWindow(win) {
      let closing: 'no' | 'asking' | 'ready' = 'no';
      win.on('close', (event: Event) => {
        if (quitting === 'ready' || closing === 'ready') return;
        event.preventDefault();
        // Already asking, for this close or for the quit: the one answer serves both.
        if (quitting === 'asking' || closing === 'asking') return;
        closing = 'asking';
        askAll(pagesOf([win]))
          .catch(() => undefined)
          .finally(() => {
            closing = 'ready';
            if (!win.isDestroyed()) win.close();
          });
      });
    },
  };
}
