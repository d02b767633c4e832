import { describe, expect, it } from 'vitest';
import { dataDirArg } from './desktop-args';

describe('dataDirArg', () => {
  it('reads --data-dir in both spellings', () => {
    expect(dataDirArg(['out/main/index.js', '--data-dir', '/tmp/tw'])).toBe('/tmp/tw');
    expect(dataDirArg(['--data-dir=/tmp/tw'])).toBe('/tmp/tw');
  });

  it('ignores Chromium switches and the entry script around it', () => {
    expect(dataDirArg(['--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--no-sandbox', '--data-dir', '/d'])).toBe('/d');
    expect(dataDirArg(['--inspect=0', 'out/main/index.js'])).toBeUndefined();
    expect(dataDirArg([])).toBeUndefined();
  });

  it('refuses a --data-dir without a folder', () => {
    expect(() => dataDirArg(['--data-dir'])).toThrow(/needs a folder/);
    expect(() => dataDirArg(['--data-dir', '--no-sandbox'])).toThrow(/needs a folder/);
    expect(() => dataDirArg(['--data-dir='])).toThrow(/needs a folder/);
  });
});
