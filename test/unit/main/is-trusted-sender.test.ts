import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../src/main/security/is-trusted-sender';

const dev = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it.each(['app://cspr-desk/index.html', 'app://cspr-desk/', 'app://cspr-desk', 'app://cspr-desk/a/b.js?x=1#top', 'APP://cspr-desk/x'])('accepts %j', (url) =>
    expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://cspr-desk.evil.com/',
    'app://cspr-desk.evil.com/index.html',
    'app://evil/',
    'app://evil.com/cspr-desk',
    'app://evil-cspr-desk/',
    'app://cspr-desk:1234/',
    'app://cspr-desk@evil/',
    'app://evil@cspr-desk/',
    'app://user:pass@cspr-desk/',
    'app:cspr-desk/index.html',
    'app:///cspr-desk/index.html',
    'app://CSPR-DESK/',
    'app://cspr-%64esk/',
    ' app://cspr-desk/',
    'app://cspr-desk/\n',
    'app://cspr-\tdesk/',
    'https://cspr-desk/',
    'http://cspr-desk/',
    'https://cspr-desk.example/',
    'file:///C:/cspr-desk/index.html',
    'file:///home/reviewer/out/renderer/index.html',
    'javascript:alert(1)',
    'javascript://cspr-desk/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://cspr-desk/6d0b',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'cspr-desk',
    '//cspr-desk/',
    '',
  ])('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));

  it('refuses null and undefined', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('app://cspr-desk/index.html', dev)).toBe(true);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isAppUrl('file:///x/index.html', 'file:///x/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'not a url')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts a frame showing the app', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://cspr-desk/index.html' } })).toBe(true);
  });

  it('refuses frames elsewhere, missing frames and frames that throw', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://example.com/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://cspr-desk.evil.com/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: '' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    expect(isTrustedSender({ senderFrame: undefined })).toBe(false);
    expect(isTrustedSender({})).toBe(false);
    const disposed = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });

  it('trusts the dev server only when told about it', () => {
    const event = { senderFrame: { url: 'http://localhost:5173/' } };
    expect(isTrustedSender(event)).toBe(false);
    expect(isTrustedSender(event, dev)).toBe(true);
  });
});
