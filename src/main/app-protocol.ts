import { readFile, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from './content-types';
import { resolveAppRequestPath } from './resolve-app-request-path';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';

function textResponse(status: number, text: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extraHeaders },
  });
}

/** True when `child` is `parent` or inside it (both already real, absolute paths). */
function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/**
 * Answers one `app://` request from the files in `rootDir`. Exported for tests; in the app it
 * runs through `registerAppProtocol`. Files are read with fs, not `net.fetch('file://…')`,
 * because the hardened session cancels every `file:` request.
 */
export async function handleAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return textResponse(404, 'Not found');
  }

  const resolved = resolveAppRequestPath(url.pathname, rootDir);
  if (!resolved.ok) return textResponse(resolved.status, resolved.status === 400 ? 'Bad request' : 'Forbidden');

  try {
    // A symbolic link inside the build folder must not lead out of it either.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(resolved.filePath)]);
    if (!isInside(realFile, realRoot)) return textResponse(403, 'Forbidden');
    const info = await stat(realFile);
    if (!info.isFile()) return textResponse(404, 'Not found');

    const contentType = contentTypeFor(realFile);
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;

    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
    return new Response(body, { status: 200, headers });
  } catch {
    // Missing file, or unreadable: either way the renderer just sees "not found".
    return textResponse(404, 'Not found');
  }
}

/** Serves the built renderer (out/renderer) as `app://cspr-desk/…`. Call after `ready`. */
export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rootDir));
}
