import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererRequest } from './renderer-files';

const ROOT = path.resolve('/srv/tradewind/out/renderer');
const inRoot = (...segments: string[]): string => path.join(ROOT, ...segments);

const isInsideRoot = (file: string): boolean => file.startsWith(ROOT + path.sep) && !file.includes(`${path.sep}..`);

describe('resolveRendererRequest', () => {
  it('serves files of the renderer build', () => {
    expect(resolveRendererRequest('app://tradewind/index.html', ROOT)).toBe(inRoot('index.html'));
    expect(resolveRendererRequest('app://tradewind/assets/index-3f2a.js', ROOT)).toBe(inRoot('assets', 'index-3f2a.js'));
    expect(resolveRendererRequest('app://tradewind/assets/font%20file.woff2', ROOT)).toBe(inRoot('assets', 'font file.woff2'));
  });

  it('serves index.html for the bare origin and ignores query and hash', () => {
    expect(resolveRendererRequest('app://tradewind/', ROOT)).toBe(inRoot('index.html'));
    expect(resolveRendererRequest('app://tradewind', ROOT)).toBe(inRoot('index.html'));
    expect(resolveRendererRequest('app://tradewind/index.html?x=../../etc#/../y', ROOT)).toBe(inRoot('index.html'));
  });

  it.each([
    ['another host', 'app://other-host/index.html'],
    ['a look-alike host', 'app://tradewind.evil.com/index.html'],
    ['credentials', 'app://user@tradewind/index.html'],
    ['a port', 'app://tradewind:1/index.html'],
    ['another scheme', 'file:///srv/tradewind/out/renderer/index.html'],
    ['a hostless URL', 'app:/index.html'],
    ['a malformed URL', 'app://tradewind:x/index.html'],
    ['an encoded slash', 'app://tradewind/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash in a name', 'app://tradewind/assets%2Findex.js'],
    ['an encoded backslash', 'app://tradewind/..%5c..%5cetc%5cpasswd'],
    ['a backslash', 'app://tradewind/..\\..\\etc\\passwd'],
    ['an encoded NUL', 'app://tradewind/index.html%00.png'],
    ['a doubled slash (absolute path)', 'app://tradewind//etc/passwd'],
    ['a drive letter', 'app://tradewind/C:/Windows/win.ini'],
    ['an NTFS stream', 'app://tradewind/index.html::$DATA'],
    ['broken percent-encoding', 'app://tradewind/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererRequest(url, ROOT)).toBeNull();
  });

  it.each([
    'app://tradewind/../../../etc/passwd',
    'app://tradewind/%2e%2e/%2e%2e/etc/passwd',
    'app://tradewind/%2E%2E/%2E%2E/etc/passwd',
    'app://tradewind/assets/../../../../etc/passwd',
    'app://tradewind/.%2e/.%2e/etc/passwd',
  ])('never leaves the renderer folder for %s', (url) => {
    const file = resolveRendererRequest(url, ROOT);
    expect(file === null || isInsideRoot(file)).toBe(true);
  });
});
