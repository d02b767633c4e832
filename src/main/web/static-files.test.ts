import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStaticFile } from './static-files';

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-static-'));
const root = path.join(parent, 'renderer');
fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
fs.writeFileSync(path.join(parent, 'secret.txt'), 'do not serve');
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('static files', () => {
  it('serves index.html for / and assets as immutable', () => {
    expect(readStaticFile(root, '/')?.contentType).toBe('text/html; charset=utf-8');
    const asset = readStaticFile(root, '/assets/app-1234.js');
    expect(asset?.contentType).toBe('text/javascript; charset=utf-8');
    expect(asset?.isImmutable).toBe(true);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never leaves the root: %s', (urlPath) => {
    expect(readStaticFile(root, urlPath)).toBeNull();
  });

  it('answers null for folders and missing files', () => {
    expect(readStaticFile(root, '/assets')).toBeNull();
    expect(readStaticFile(root, '/missing.js')).toBeNull();
  });
});
