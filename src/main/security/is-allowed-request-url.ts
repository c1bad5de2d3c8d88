import { isAppUrl } from './is-trusted-sender';

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** The dev server's origin in the WebSocket scheme Vite uses for hot reload. */
function devSocketOrigin(devServerUrl: string): string | undefined {
  const dev = parseUrl(devServerUrl);
  if (dev === undefined) return undefined;
  return `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
}

/**
 * Which requests the session lets through. Everything else is cancelled before it leaves the
 * process: the app is offline-first and holds safeguarding data, so nothing may reach a network.
 * `data:` URLs carry their bytes inline (no network); blob URLs must belong to the app's origin.
 */
export function isAllowedRequestUrl(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  const parsed = parseUrl(url);
  if (parsed === undefined) return false;
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return isAppUrl(parsed.pathname, devServerUrl);
  if (devServerUrl === undefined) return false;
  // Development only: Chromium's DevTools and Vite's hot-reload socket.
  if (parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    return `${parsed.protocol}//${parsed.host}` === devSocketOrigin(devServerUrl) && parsed.username === '';
  }
  return false;
}
