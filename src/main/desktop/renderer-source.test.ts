import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { chooseRendererSource } from './renderer-source';

describe('chooseRendererSource', () => {
  it('serves the built renderer over app:// by default', () => {
    expect(chooseRendererSource(undefined, false)).toEqual({ entryUrl: APP_ENTRY_URL, origin: APP_ORIGIN, isDevServer: false });
    expect(chooseRendererSource('', false).isDevServer).toBe(false);
  });

  it('uses the electron-vite dev server when one is announced and the app is not packaged', () => {
    expect(chooseRendererSource('http://localhost:5173/', false)).toEqual({
      entryUrl: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      isDevServer: true,
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(chooseRendererSource('https://evil.example/', true)).toEqual({ entryUrl: APP_ENTRY_URL, origin: APP_ORIGIN, isDevServer: false });
  });

  it.each(['file:///tmp/index.html', 'data:text/html,hi', 'not a url', 'javascript:alert(1)'])('refuses a dev URL like %s', (url) => {
    expect(() => chooseRendererSource(url, false)).toThrow(/ELECTRON_RENDERER_URL/);
  });
});
