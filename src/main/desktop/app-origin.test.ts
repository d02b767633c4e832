import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedUrl, originOf } from './app-origin';

const APP_ONLY = new Set([APP_ORIGIN]);
const DEV = new Set(['http://localhost:5173']);

describe('isTrustedUrl', () => {
  it('accepts pages of the app origin, whatever the path, query or hash', () => {
    expect(isTrustedUrl(APP_ENTRY_URL, APP_ONLY)).toBe(true);
    expect(isTrustedUrl('app://tradewind/', APP_ONLY)).toBe(true);
    expect(isTrustedUrl('app://tradewind/index.html?tab=orders#ticket', APP_ONLY)).toBe(true);
  });

  it.each([
    ['file', 'file:///work/main/out/renderer/index.html'],
    ['file with a host', 'file://tradewind/index.html'],
    ['http', 'http://evil.example/index.html'],
    ['https', 'https://tradewind/index.html'],
    ['another app host', 'app://other-host/index.html'],
    ['a host that merely starts with ours', 'app://tradewind.evil.com/index.html'],
    ['a host that merely ends with ours', 'app://eviltradewind/index.html'],
    ['our host with a port', 'app://tradewind:8080/index.html'],
    ['credentials', 'app://user:pass@tradewind/index.html'],
    ['a user name', 'app://tradewind@evil.com/index.html'],
    ['a hostless app URL', 'app:/index.html'],
    ['an opaque app URL', 'app:tradewind/index.html'],
    ['another scheme with our host', 'apps://tradewind/index.html'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['about:srcdoc', 'about:srcdoc'],
    ['javascript', 'javascript:alert(1)'],
    ['blob', 'blob:app://tradewind/1f0e'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['empty', ''],
    ['malformed', 'app://tradewind:notaport/'],
    ['not a URL at all', 'tradewind'],
    ['the bare origin spelled as a prefix', 'app://tradewindx'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedUrl(url, APP_ONLY)).toBe(false);
  });

  it('trusts only the configured dev server origin in development', () => {
    expect(isTrustedUrl('http://localhost:5173/', DEV)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx?t=1', DEV)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173.evil.com/', DEV)).toBe(false);
    expect(isTrustedUrl(APP_ENTRY_URL, DEV)).toBe(false);
  });
});

describe('originOf', () => {
  it('builds scheme://host for schemes Node does not know', () => {
    expect(originOf(APP_ENTRY_URL)).toBe('app://tradewind');
    expect(originOf('http://LOCALHOST:80/x')).toBe('http://localhost');
  });

  it('has none for hostless or unparsable URLs', () => {
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});
