import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequestPath } from '../../../src/main/resolve-app-request-path';

const root = '/opt/cspr-desk/out/renderer';

function resolved(pathname: string): string | undefined {
  const result = resolveAppRequestPath(pathname, root, path.posix);
  return result.ok ? result.filePath : undefined;
}

describe('resolveAppRequestPath', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolved('/')).toBe(`${root}/index.html`);
    expect(resolved('/index.html')).toBe(`${root}/index.html`);
    expect(resolved('/assets/index-B_ewrL9O.js')).toBe(`${root}/assets/index-B_ewrL9O.js`);
    expect(resolved('/assets/my%20font.woff2')).toBe(`${root}/assets/my font.woff2`);
  });

  it.each([
    ['/../etc/passwd'],
    ['/assets/../../etc/passwd'],
    ['/..'],
    ['/.'],
    ['/%2e%2e/etc/passwd'],
    ['/%2E%2E/etc/passwd'],
    ['/.%2e/etc/passwd'],
    ['/assets/%2e%2e/%2e%2e/secret'],
    ['/..%2f..%2fetc%2fpasswd'],
    ['/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['/..\\..\\windows\\win.ini'],
    ['/assets\\..\\..\\secret'],
    ['/%5c..%5c..%5csecret'],
    ['/index.html%00.png'],
    ['/index.html\u0000'],
    ['//etc/passwd'],
    ['/assets//index.js'],
    ['/%2fetc%2fpasswd'],
    ['/C:/Windows/win.ini'],
    ['/C%3A%5CWindows%5Cwin.ini'],
    ['/%252e%252e/secret'],
    ['/NUL'],
    ['/con.txt'],
    ['/index.html.'],
    ['/index.html '],
    ['/index.html::$DATA'],
  ])('refuses %j', (pathname) => {
    const result = resolveAppRequestPath(pathname, root, path.posix);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([400, 403]).toContain(result.status);
  });

  it('refuses malformed percent-encoding with 400', () => {
    expect(resolveAppRequestPath('/%E0%A4%A', root, path.posix)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequestPath('/%', root, path.posix)).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a path that does not start with a slash', () => {
    expect(resolveAppRequestPath('index.html', root, path.posix)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequestPath('', root, path.posix)).toMatchObject({ ok: false, status: 400 });
  });

  it('keeps Windows paths inside the root too', () => {
    const winRoot = 'C:\\Program Files\\CSPR Desk\\resources\\app\\out\\renderer';
    const ok = resolveAppRequestPath('/assets/index.js', winRoot, path.win32);
    expect(ok).toEqual({ ok: true, filePath: `${winRoot}\\assets\\index.js` });
    for (const hostile of ['/..%5c..%5csecret', '/C:%5Csecret', '/%2e%2e/secret', '/D:secret', '/aux']) {
      expect(resolveAppRequestPath(hostile, winRoot, path.win32).ok).toBe(false);
    }
  });

  it('never returns a path outside the root, whatever the input', () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '/', '\\', 'a', '%00', ':', 'C:', '%25'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const result = resolveAppRequestPath(`/${a}${b}${c}`, root, path.posix);
          if (result.ok) expect(result.filePath.startsWith(`${root}/`)).toBe(true);
        }
      }
    }
  });
});
