import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
  app: { isPackaged: true, getVersion: vi.fn(() => '0.1.0') },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
  BrowserWindow: { getFocusedWindow: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

import { appMenuTemplate, installAppMenu } from '../../../src/main/app-menu';

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).flatMap((item) => (item.role ? [item.role] : []));
}

function findItem(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).find((item) => item.label === label);
}

describe('appMenuTemplate', () => {
  const showAbout = vi.fn();

  it('has the usual menus and roles', () => {
    const template = appMenuTemplate({ isMac: false, isPackaged: true, showAbout });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'close',
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'pasteAndMatchStyle',
        'selectAll',
        'reload',
        'forceReload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
      ]),
    );
  });

  it('offers developer tools only when not packaged', () => {
    expect(roles(appMenuTemplate({ isMac: false, isPackaged: true, showAbout }))).not.toContain('toggleDevTools');
    expect(roles(appMenuTemplate({ isMac: false, isPackaged: false, showAbout }))).toContain('toggleDevTools');
  });

  it('puts the application menu first on macOS', () => {
    const template = appMenuTemplate({ isMac: true, isPackaged: true, showAbout });
    expect(template[0]?.label).toBe('CSPR Desk');
    expect(roles([template[0] ?? {}])).toContain('quit');
  });

  it('has About CSPR Desk and no link to a website', () => {
    const template = appMenuTemplate({ isMac: false, isPackaged: true, showAbout });
    const about = findItem(template, 'About CSPR Desk');
    expect(about).toBeDefined();
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalled();
    expect(JSON.stringify(template)).not.toMatch(/https?:|www\./);
  });
});

describe('installAppMenu', () => {
  it('sets the menu, and About shows the version in a dialog', async () => {
    installAppMenu();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(roles(template)).not.toContain('toggleDevTools');
    (findItem(template, 'About CSPR Desk')?.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'About CSPR Desk', detail: expect.stringContaining('Version 0.1.0') }),
    );
  });
});
