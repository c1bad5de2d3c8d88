import { describe, expect, it } from 'vitest';
import { resolveDevServerUrl } from '../../../src/main/dev-server-url';

describe('resolveDevServerUrl', () => {
  it('uses a loopback dev server when unpackaged', () => {
    expect(resolveDevServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(resolveDevServerUrl('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    expect(resolveDevServerUrl('http://[::1]:5173/', false)).toBe('http://[::1]:5173/');
  });

  it('never uses one in a packaged app', () => {
    expect(resolveDevServerUrl('http://localhost:5173', true)).toBeUndefined();
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    'http://localhost.evil.example:5173/',
    'http://user@localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('ignores %j', (value) => {
    expect(resolveDevServerUrl(value, false)).toBeUndefined();
  });
});
