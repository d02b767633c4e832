import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from './data-dir';

describe('data folder', () => {
  it('matches where Electron keeps userData for an app named Tradewind', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Tradewind');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Tradewind');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.config/Tradewind');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Tradewind');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Tradewind',
    );
  });

  it('prefers --data-dir, then TRADEWIND_DATA_DIR, then the default', () => {
    const fallback = (): string => '/default';
    expect(resolveDataDir('/flag', { TRADEWIND_DATA_DIR: '/env' }, fallback)).toBe('/flag');
    expect(resolveDataDir(undefined, { TRADEWIND_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(undefined, { TRADEWIND_DATA_DIR: ' ' }, fallback)).toBe('/default');
    expect(resolveDataDir('relative/dir', {}, fallback)).toBe(path.resolve('relative/dir'));
  });
});
