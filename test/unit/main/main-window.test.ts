import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    listeners = new Map<string, Listener[]>();
    show = vi.fn();
    maximize = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isDestroyed = vi.fn(() => false);
    isVisible = vi.fn(() => false);
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 900, height: 700 }));
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    FakeBrowserWindow,
    BrowserWindow: FakeBrowserWindow,
    screen: { getPrimaryDisplay: vi.fn(() => display), getAllDisplays: vi.fn(() => [display]) },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, screen: electron.screen }));

import { createMainWindow } from '../../../src/main/main-window';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cspr-main-window-'));
  electron.FakeBrowserWindow.created.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function create() {
  createMainWindow({ url: 'app://cspr-desk/index.html', preloadPath: '/app/out/preload/index.cjs', stateFile: join(dir, 'window-state.json') });
  const win = electron.FakeBrowserWindow.created[0];
  if (win === undefined) throw new Error('no window created');
  return win;
}

describe('createMainWindow', () => {
  it('creates a locked-down, hidden window titled CSPR Desk', () => {
    const win = create();
    expect(win.options).toMatchObject({
      title: 'CSPR Desk',
      show: false,
      width: 1280,
      height: 800,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: true,
        preload: '/app/out/preload/index.cjs',
      },
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://cspr-desk/index.html');
  });

  it('shows the window once it is ready', () => {
    const win = create();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('keeps its own title whatever the page sets', () => {
    const win = create();
    const event = { preventDefault: vi.fn() };
    win.emit('page-title-updated', event, 'Child A — Overview');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('remembers its size and position when closed', async () => {
    const win = create();
    win.emit('close');
    const second = (() => {
      electron.FakeBrowserWindow.created.length = 0;
      return create();
    })();
    expect(second.options).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });

  it('saves after moves and resizes have settled', async () => {
    vi.useFakeTimers();
    try {
      const win = create();
      win.getNormalBounds.mockReturnValue({ x: 30, y: 40, width: 1000, height: 750 });
      win.emit('resize');
      win.emit('move');
      await vi.advanceTimersByTimeAsync(600);
    } finally {
      vi.useRealTimers();
    }
    // The debounced save is asynchronous: give it a moment to land.
    await vi.waitFor(() => {
      electron.FakeBrowserWindow.created.length = 0;
      expect(create().options).toMatchObject({ x: 30, y: 40, width: 1000, height: 750 });
    });
  });
});
