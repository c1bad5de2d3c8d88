import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, installWebContentsHardening } from '../../../src/main/security/harden-web-contents';

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners: Record<string, Listener> = {};
  let windowOpenHandler: Listener | undefined;
  const fake = {
    setWindowOpenHandler: vi.fn((handler: Listener) => {
      windowOpenHandler = handler;
    }),
    on: vi.fn((event: string, listener: Listener) => {
      listeners[event] = listener;
      return fake;
    }),
  };
  return { contents: fake as unknown as WebContents, listeners, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const { contents, openWindow } = fakeWebContents();
    hardenWebContents(contents);
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://cspr-desk/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stops other origins, allows the app', (name) => {
    const { contents, listeners } = fakeWebContents();
    hardenWebContents(contents);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://cspr-desk.evil.com/', 'javascript:alert(1)']) {
      const event = navigationEvent(url);
      listeners[name]?.(event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const ok = navigationEvent('app://cspr-desk/index.html');
    listeners[name]?.(ok, ok.url);
    expect(ok.preventDefault).not.toHaveBeenCalled();
  });

  it('allows navigation to the dev server only in development', () => {
    const prod = fakeWebContents();
    hardenWebContents(prod.contents);
    const blocked = navigationEvent('http://localhost:5173/');
    prod.listeners['will-navigate']?.(blocked, blocked.url);
    expect(blocked.preventDefault).toHaveBeenCalled();

    const dev = fakeWebContents();
    hardenWebContents(dev.contents, { devServerUrl: 'http://localhost:5173/' });
    const allowed = navigationEvent('http://localhost:5173/');
    dev.listeners['will-navigate']?.(allowed, allowed.url);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { contents, listeners } = fakeWebContents();
    hardenWebContents(contents);
    const event = { preventDefault: vi.fn() };
    listeners['will-attach-webview']?.(event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('is installed for every web contents the app creates', () => {
    const appListeners: Record<string, Listener> = {};
    const app = { on: vi.fn((event: string, listener: Listener) => (appListeners[event] = listener)) } as unknown as App;
    installWebContentsHardening(app);
    const { contents } = fakeWebContents();
    appListeners['web-contents-created']?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});
