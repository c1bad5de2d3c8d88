import type { App, WebContents } from 'electron';
import { isAppUrl } from './is-trusted-sender';

export interface HardenWebContentsOptions {
  devServerUrl?: string | undefined;
}

/**
 * Every page stays on the app's origin: no new windows, no navigation or redirect elsewhere
 * (a page that left would keep the preload API), and no <webview> guests.
 */
export function hardenWebContents(contents: WebContents, options: HardenWebContentsOptions = {}): void {
  const { devServerUrl } = options;

  // Links with target=_blank and window.open: refused. There is no "open in browser" either,
  // so nothing in a case file can make the app hand a URL to another program.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });

  // webviewTag is off in every window; refuse attachment anyway in case one slips through.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every web contents the app ever creates, including DevTools and any future window. */
export function installWebContentsHardening(app: App, options: HardenWebContentsOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
