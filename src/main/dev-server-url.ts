// electron-vite dev sets ELECTRON_RENDERER_URL to its local dev server. An environment variable
// must never be able to point a real installation at another site (which would then get the
// preload API), so it is honoured only when unpackaged and only for a loopback http(s) address.
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function resolveDevServerUrl(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (!loopbackHosts.has(url.hostname)) return undefined;
  return url.href;
}
