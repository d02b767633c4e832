import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideFolder, resolveAssetPath } from './asset-path';

const ROOT = path.resolve('/srv/tradewind/out/renderer');
const inRoot = (...segments: string[]): string => path.join(ROOT, ...segments);

describe('resolveAssetPath', () => {
  it('resolves plain paths inside the folder', () => {
    expect(resolveAssetPath(ROOT, '/assets/app.css')).toBe(inRoot('assets', 'app.css'));
    expect(resolveAssetPath(ROOT, '')).toBe(inRoot('index.html'));
  });

  it.each([
    ['..', '/../etc/passwd'],
    ['.. deeper in', '/assets/../../etc/passwd'],
    ['.. alone', '/..'],
    ['encoded ..', '/%2e%2e/etc/passwd'],
    ['mixed-case encoded ..', '/%2E%2e/etc/passwd'],
    ['half-encoded ..', '/.%2e/etc/passwd'],
    ['.', '/./index.html'],
    ['encoded slash', '/..%2Fetc%2Fpasswd'],
    ['backslash', '/..\\etc\\passwd'],
    ['encoded backslash', '/..%5Cetc'],
    ['NUL', '/index.html\0.png'],
    ['encoded NUL', '/index.html%00'],
    ['absolute path', '//etc/passwd'],
    ['absolute path after decoding', '/%2Fetc/passwd'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['drive-relative', '/C:win.ini'],
    ['UNC-like', '/\\\\server\\share'],
    ['trailing slash', '/assets/'],
    ['bad encoding', '/%ZZ'],
  ])('refuses %s', (_label, urlPath) => {
    expect(resolveAssetPath(ROOT, urlPath)).toBeNull();
  });
});

describe('isInsideFolder', () => {
  it('accepts files below the folder, including names that start with dots', () => {
    expect(isInsideFolder(ROOT, inRoot('index.html'))).toBe(true);
    expect(isInsideFolder(ROOT, inRoot('assets', 'a.js'))).toBe(true);
    expect(isInsideFolder(ROOT, inRoot('..hidden'))).toBe(true);
  });

  it('refuses the folder itself, its parents, siblings sharing its prefix and anything elsewhere', () => {
    expect(isInsideFolder(ROOT, ROOT)).toBe(false);
    expect(isInsideFolder(ROOT, path.dirname(ROOT))).toBe(false);
    expect(isInsideFolder(ROOT, path.join(ROOT, '..', 'main', 'index.js'))).toBe(false);
    expect(isInsideFolder(ROOT, `${ROOT}-evil${path.sep}index.html`)).toBe(false);
    expect(isInsideFolder(ROOT, path.resolve('/etc/passwd'))).toBe(false);
  });
});
