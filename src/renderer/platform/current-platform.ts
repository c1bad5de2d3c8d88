import type { CsprApi } from '../../preload/ipc-contract';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { webPlatform } from './web-platform';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    api?: CsprApi;
  }
}

// Chosen once, in one place.
export const currentPlatform: Platform = window.api ? electronPlatform(window.api) : webPlatform();
