import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/content-security-policy';
import { hardenSession } from '../../../src/main/security/harden-session';
import { isAllowedRequestUrl } from '../../../src/main/security/is-allowed-request-url';

type Listener = (...args: never[]) => unknown;

/** A session that records the handlers it is given, so the test can call them. */
function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const record = (name: string) =>
    vi.fn((handler: Listener) => {
      handlers[name] = handler;
    });
  const fake = {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    setSpellCheckerLanguages: vi.fn(),
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') },
    on: vi.fn((event: string, handler: Listener) => {
      handlers[event] = handler;
    }),
  };
  return { session: fake as unknown as Session, fake, handlers };
}

function call<T>(handler: Listener | undefined, ...args: unknown[]): T {
  if (handler === undefined) throw new Error('handler not installed');
  return (handler as (...a: unknown[]) => T)(...args);
}

function beforeRequest(handlers: Record<string, Listener>, url: string): { cancel?: boolean } {
  const callback = vi.fn();
  call(handlers.beforeRequest, { url }, callback);
  return callback.mock.calls[0]?.[0] as { cancel?: boolean };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      call(handlers.permissionRequest, {}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(call(handlers.permissionCheck, null, permission, 'app://cspr-desk', {})).toBe(false);
    }
    expect(call(handlers.devicePermission, { deviceType: 'usb' })).toBe(false);
  });

  it('cancels requests to the internet and allows the app itself', () => {
    const { session, handlers } = fakeSession();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenSession(session);
    expect(beforeRequest(handlers, 'https://example.com/')).toEqual({ cancel: true });
    expect(beforeRequest(handlers, 'http://localhost:5173/')).toEqual({ cancel: true });
    expect(beforeRequest(handlers, 'file:///etc/passwd')).toEqual({ cancel: true });
    expect(beforeRequest(handlers, 'app://cspr-desk.evil.com/')).toEqual({ cancel: true });
    expect(beforeRequest(handlers, 'app://cspr-desk/index.html')).toEqual({ cancel: false });
    expect(beforeRequest(handlers, 'app://cspr-desk/assets/index.js')).toEqual({ cancel: false });
    // The log names the origin only: a URL's path or query could carry case data.
    expect(warn).toHaveBeenCalledWith('CSPR Desk blocked a request to https://example.com');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('/etc/passwd');
  });

  it('lets the dev server through only in development', () => {
    const { session, handlers } = fakeSession();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenSession(session, { devServerUrl: 'http://localhost:5173/' });
    expect(beforeRequest(handlers, 'http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
    expect(beforeRequest(handlers, 'ws://localhost:5173/')).toEqual({ cancel: false });
    expect(beforeRequest(handlers, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(beforeRequest(handlers, 'https://example.com/')).toEqual({ cancel: true });
  });

  it('puts the CSP on app responses only', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const appCallback = vi.fn();
    call(handlers.headersReceived, { url: 'app://cspr-desk/index.html', responseHeaders: { 'content-security-policy': ['default-src *'] } }, appCallback);
    expect(appCallback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const otherCallback = vi.fn();
    call(handlers.headersReceived, { url: 'https://example.com/', responseHeaders: {} }, otherCallback);
    expect(otherCallback).toHaveBeenCalledWith({});
  });

  it('sets British English spelling and cancels every download', () => {
    const { session, fake, handlers } = fakeSession();
    hardenSession(session);
    expect(fake.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB']);
    const event = { preventDefault: vi.fn() };
    const item = { cancel: vi.fn() };
    call(handlers['will-download'], event, item, {});
    expect(event.preventDefault).toHaveBeenCalled();
    expect(item.cancel).toHaveBeenCalled();
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows inline data and the app’s own blobs, but no foreign blob', () => {
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://cspr-desk/0b1c2d')).toBe(true);
    expect(isAllowedRequestUrl('blob:https://example.com/0b1c2d')).toBe(false);
  });

  it('refuses devtools and sockets in production', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('wss://example.com/')).toBe(false);
  });

  it('allows only the dev server’s own socket in development', () => {
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('wss://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequestUrl('ws://evil.com:5173/', dev)).toBe(false);
  });

  it('refuses garbage', () => {
    expect(isAllowedRequestUrl('')).toBe(false);
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });
});
