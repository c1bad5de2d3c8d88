import type { BrowserWindow } from 'electron';
import { saveWindowState, saveWindowStateSync } from './window-state';
import type { WindowState } from './window-state';

function snapshot(win: BrowserWindow): WindowState {
  // The normal (restored) bounds, so a maximised window reopens maximised over the right size.
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, isMaximized: win.isMaximized() };
}

function logFailure(error: unknown): void {
  // Losing the window position is harmless: log it, never bother the reviewer.
  console.warn(`CSPR Desk could not save the window position: ${error instanceof Error ? error.message : String(error)}`);
}

/** Saves the window's size and position after it settles (debounced), and when it closes. */
export function trackWindowState(win: BrowserWindow, filePath: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (win.isDestroyed()) return;
      saveWindowState(filePath, snapshot(win)).catch(logFailure);
    }, delayMs);
  };

  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);

  win.on('close', () => {
    clearTimeout(timer);
    timer = undefined;
    try {
      saveWindowStateSync(filePath, snapshot(win));
    } catch (error) {
      logFailure(error);
    }
  });
}
