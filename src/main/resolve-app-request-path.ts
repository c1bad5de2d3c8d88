import type { Result } from '../core/result';
import nodePath from 'node:path';

export type AppRequestPathResult = Result<{ filePath: string }, { status: 400 | 403 }>;

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

// Characters no file the renderer build produces ever has, and that have meaning to some
// file system: NUL, control characters, backslash (a separator on Windows), colon (drive
// letters and NTFS streams), and '%' (left after decoding, it means double encoding).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenInSegment = /[\u0000-\u001f\u007f\\:%]/;
// Windows device names (opening `NUL` or `CON` in any folder opens the device, not a file),
// and trailing dots or spaces, which Windows silently strips.
const windowsTrap = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$|[. ]$/i;

/**
 * Maps the path of an `app://cspr-desk/...` URL to a file inside `rootDir`, or refuses it.
 * Pure (no file access), so it can be tested against hostile input. It is deliberately
 * stricter than URL parsing (which already folds `..`): whatever reaches it, no file outside
 * the renderer folder can be named.
 */
export function resolveAppRequestPath(rawPathname: string, rootDir: string, path: PathApi = nodePath): AppRequestPathResult {
  if (!rawPathname.startsWith('/')) return { ok: false, status: 400, message: 'The path must start with /' };
  if (rawPathname.includes('\\')) return { ok: false, status: 403, message: 'Backslashes are not allowed' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { ok: false, status: 400, message: 'The path is not valid percent-encoding' };
  }

  const relativePart = decoded.slice(1);
  const segments = relativePart === '' ? ['index.html'] : relativePart.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      return { ok: false, status: 403, message: 'Empty, "." and ".." path segments are not allowed' };
    }
    if (forbiddenInSegment.test(segment) || windowsTrap.test(segment) || path.isAbsolute(segment)) {
      return { ok: false, status: 403, message: 'The path contains a forbidden character' };
    }
  }

  // Belt and braces: whatever the checks above missed, the result must lie inside rootDir.
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, status: 403, message: 'The path leaves the app folder' };
  }
  return { ok: true, filePath };
}
