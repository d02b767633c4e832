import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './app-origin';

export interface RendererSource {
  /** What the window loads. */
  readonly entryUrl: string;
  /** The only origin whose frames may navigate, call the core and hear its events. */
  readonly origin: string;
  readonly isDevServer: boolean;
}

/**
 * `electron-vite dev` serves the renderer with hot reload and says where in ELECTRON_RENDERER_URL.
 * A packaged app ignores that variable: otherwise anyone who can set an environment variable
 * could point the trading window, bridge included, at a page of their choosing.
 */
export function chooseRendererSource(devServerUrl: string | undefined, isPackaged: boolean): RendererSource {
  if (isPackaged || devServerUrl === undefined || devServerUrl === '') {
    return { entryUrl: APP_ENTRY_URL, origin: APP_ORIGIN, isDevServer: false };
  }
  const origin = originOf(devServerUrl);
  if (origin === null || !/^https?:\/\//.test(origin)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http(s) URL, got "${devServerUrl}"`);
  }
  return { entryUrl: devServerUrl, origin, isDevServer: true };
}
