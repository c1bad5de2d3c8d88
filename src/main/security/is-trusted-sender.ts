import { APP_HOST, APP_SCHEME } from '../app-origin';

// Chromium hands us canonical URLs: no whitespace or control characters, lower-case host.
// Anything else is refused rather than "cleaned up", so a trick spelling can never pass.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlOrSpace = /[\u0000-\u0020\u007f]/;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * True only for the app's own origin (`app://cspr-desk/...`) and, in development only, the
 * electron-vite dev server's origin. Compares parsed parts, never string prefixes:
 * `app://cspr-desk.evil.com` or `app://cspr-desk@evil/` must not pass.
 */
export function isAppUrl(url: string | null | undefined, devServerUrl?: string): boolean {
  if (typeof url !== 'string' || url === '' || controlOrSpace.test(url)) return false;
  const parsed = parseUrl(url);
  if (parsed === undefined || parsed.username !== '' || parsed.password !== '') return false;

  if (parsed.protocol === `${APP_SCHEME}:`) {
    // `host` includes any port, so `app://cspr-desk:1/` is refused too.
    return parsed.host === APP_HOST;
  }
  if (devServerUrl === undefined) return false;
  const dev = parseUrl(devServerUrl);
  if (dev === undefined || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false;
  return parsed.origin === dev.origin;
}

/** The part of an IPC event this check reads (an IpcMainInvokeEvent fits). */
export interface IpcSenderEvent {
  readonly senderFrame?: { readonly url: string } | null;
}

/**
 * IPC handlers answer only frames showing the app itself. A frame that navigated elsewhere
 * (which the navigation guards should already prevent) gets nothing, whatever it sends.
 */
export function isTrustedSender(event: IpcSenderEvent, devServerUrl?: string): boolean {
  let url: string | undefined;
  try {
    // Reading senderFrame can throw once the frame has been disposed.
    url = event.senderFrame?.url;
  } catch {
    return false;
  }
  return isAppUrl(url, devServerUrl);
}
