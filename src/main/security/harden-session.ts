import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';
import { isAllowedRequestUrl } from './is-allowed-request-url';
import { isAppUrl } from './is-trusted-sender';

export interface HardenSessionOptions {
  /** Set only in development (see resolveDevServerUrl). */
  devServerUrl?: string | undefined;
}

/** The scheme and host of a blocked URL, for the log: never its path or query, which may hold data. */
function describeForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unparseable URL';
  }
}

/**
 * Locks a session down: no permissions (camera, microphone, notifications, clipboard reads,
 * devices...), no request leaves for anywhere but the app itself, every app response carries
 * the strict CSP, and no download can write a file behind the reviewer's back.
 */
export function hardenSession(ses: Session, options: HardenSessionOptions = {}): void {
  const { devServerUrl } = options;

  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, devServerUrl);
    if (!allowed) console.warn(`CSPR Desk blocked a request to ${describeForLog(details.url)}`);
    callback({ cancel: !allowed });
  });

  // The protocol handler sets the CSP as well; this covers any app response that bypasses it.
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (isAppUrl(details.url)) {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
    } else {
      callback({});
    }
  });

  // British English for a British statutory report. (A no-op on macOS, which uses the OS checker.)
  ses.setSpellCheckerLanguages(['en-GB']);

  // The app triggers no downloads yet: a download could only come from content we did not
  // intend, so every one is cancelled.
  ses.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
}
