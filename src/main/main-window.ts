import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, loadWindowState } from './window-state';
import { trackWindowState } from './window-state-tracker';

export const APP_TITLE = 'CSPR Desk';

export interface CreateMainWindowOptions {
  /** `app://cspr-desk/index.html`, or the dev server in development. */
  url: string;
  preloadPath: string;
  /** Where the window's size and position are remembered. */
  stateFile: string;
}

export function createMainWindow({ url, preloadPath, stateFile }: CreateMainWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
  const state = loadWindowState(stateFile, workAreas);

  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_TITLE,
    // Shown once painted, so the reviewer never sees a blank white frame.
    show: false,
    webPreferences: {
      // The page gets no Node.js and no Electron: only the few verbs the preload exposes.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      preload: preloadPath,
    },
  });

  // The title stays "CSPR Desk" whatever the page sets: a case name in the title bar would
  // show in the taskbar, window switchers and shared screens.
  win.on('page-title-updated', (event) => event.preventDefault());

  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  trackWindowState(win, stateFile);

  win.loadURL(url).catch((error: unknown) => {
    console.error(`CSPR Desk could not load its window: ${error instanceof Error ? error.message : String(error)}`);
    // Show the window anyway: a hidden window would look like the app never started.
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  });
  return win;
}
