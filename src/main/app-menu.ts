import { BrowserWindow, Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export interface AppMenuOptions {
  isMac: boolean;
  /** Developer tools only in development: in a real installation they would expose case data. */
  isPackaged: boolean;
  showAbout: () => void;
}

/** The menu as data, so it can be checked without Electron. No item opens a website. */
export function appMenuTemplate({ isMac, isPackaged, showAbout }: AppMenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'toggleDevTools' }];
  const aboutItem: MenuItemConstructorOptions = { label: 'About CSPR Desk', click: showAbout };

  return [
    // macOS puts the application's own menu first, with About and Quit in it.
    ...(isMac
      ? [
          {
            label: 'CSPR Desk',
            submenu: [aboutItem, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
        ...developerItems,
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: 'Help', submenu: [aboutItem] },
  ];
}

function showAboutDialog(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About CSPR Desk',
    message: 'CSPR Desk',
    detail: `Version ${app.getVersion()}\nFor writing Local Child Safeguarding Practice Reviews.`,
    buttons: ['OK'],
  };
  const win = BrowserWindow.getFocusedWindow();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export function installAppMenu(): void {
  const template = appMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, showAbout: showAboutDialog });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
