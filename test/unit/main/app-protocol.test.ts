import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { handleAppRequest, registerAppProtocol } from '../../../src/main/app-protocol';
import { contentTypeFor } from '../../../src/main/content-types';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/content-security-policy';

let base: string;
let root: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'cspr-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CSPR Desk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'case notes');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handleAppRequest(new Request(url, { method }), root);

describe('handleAppRequest', () => {
  it('serves index.html with its content type and the CSP', async () => {
    const response = await get('app://cspr-desk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>CSPR Desk</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://cspr-desk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://cspr-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://cspr-desk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses other hosts', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://cspr-desk.evil.com/index.html')).status).toBe(404);
    expect((await get('app://cspr-desk:8080/index.html')).status).toBe(404);
    // WHATWG Request refuses credentials itself; a bare object shows the handler does too.
    const withCredentials = { method: 'GET', url: 'app://user@cspr-desk/index.html' } as Request;
    expect((await handleAppRequest(withCredentials, root)).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://cspr-desk/../secret.txt',
      'app://cspr-desk/%2e%2e/secret.txt',
      'app://cspr-desk/..%2fsecret.txt',
      'app://cspr-desk/assets/..%2f..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text(), url).not.toContain('case notes');
    }
  });

  it('does not follow a symbolic link out of the renderer folder', async () => {
    await symlink(join(base, 'secret.txt'), join(root, 'leak.txt'));
    const response = await get('app://cspr-desk/leak.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('case notes');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://cspr-desk/missing.js')).status).toBe(404);
    expect((await get('app://cspr-desk/assets')).status).toBe(404);
  });

  it('registers itself for the app scheme', () => {
    registerAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer build types and falls back to opaque bytes', () => {
    expect(contentTypeFor('a/B.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('noextension')).toBe('application/octet-stream');
  });
});
