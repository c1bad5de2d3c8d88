// The renderer's one and only origin. IndexedDB, and so every case the reviewer has written,
// belongs to this origin: changing the scheme or host would make existing data invisible.
export const APP_SCHEME = 'app';
export const APP_HOST = 'cspr-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
