import { join } from 'node:path';
import { BrowserWindow, app, protocol, session } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { installAppMenu } from './app-menu';
import { registerAppProtocol } from './app-protocol';
import { installBackupBeforeExit, type BackupBeforeExit } from './backups/backup-before-exit';
import { preloadPath, rendererDir } from './build-paths';
import { resolveDevServerUrl } from './dev-server-url';
import { registerIpcHandlers } from './ipc/register-ipc-handlers';
import { createMainWindow } from './main-window';
import { hardenSession } from './security/harden-session';
import { installWebContentsHardening } from './security/harden-web-contents';

// Must run before `ready`. `standard` + `secure` give app://cspr-desk a real, stable origin
// (IndexedDB, where every case lives, belongs to it: never change the scheme or host).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Every renderer sandboxed, whatever a future window's options say.
app.enableSandbox();

const devServerUrl = resolveDevServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
let mainWindow: BrowserWindow | null = null;
let backupBeforeExit: BackupBeforeExit | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    url: devServerUrl ?? APP_ENTRY_URL,
    preloadPath,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  // The page writes its automatic backups before the window closes or the app quits.
  backupBeforeExit?.guardWindow(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// One instance only: two copies writing the same IndexedDB could lose each other's edits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before any window exists, so no web contents escapes the hardening.
  installWebContentsHardening(app, { devServerUrl });
  backupBeforeExit = installBackupBeforeExit({ windows: () => (mainWindow === null ? [] : [mainWindow]), devServerUrl });

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS convention: the app stays in the Dock until Quit.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { devServerUrl });
      registerAppProtocol(rendererDir);
      registerIpcHandlers({ devServerUrl });
      installAppMenu();
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('CSPR Desk could not start:', error);
      app.exit(1);
    });
}
