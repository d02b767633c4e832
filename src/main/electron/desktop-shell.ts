import { app as electronApp, session, type BrowserWindow } from 'electron';
import { type CoreHost } from '../core/core-host';
import { type RendererSource } from '../desktop/renderer-source';
import { serveRenderer } from './app-protocol';
import { installAppMenu } from './app-menu';
import { forwardEvents } from './event-forwarder';
import { handleCalls } from './ipc-calls';
import { createMainWindow } from './main-window';
import { denyAllPermissions } from './permissions';

export interface DesktopShellOptions {
  readonly core: CoreHost;
  readonly source: RendererSource;
  /** The built renderer; null while the electron-vite dev server serves it. */
  readonly rendererDir: string | null;
  readonly preloadFile: string;
  /** Not packaged: the menu offers reload and DevTools. */
  readonly isDev: boolean;
}

export interface DesktopShell {
  /** Brings the window forward, opening one if none is left (macOS keeps running without). */
  focus(): void;
  close(): void;
}

/** Everything Electron adds around the core, wired once the app is ready. */
export async function openDesktopShell({ core, source, rendererDir, preloadFile, isDev }: DesktopShellOptions): Promise<DesktopShell> {
  const log = core.logger.child('desktop');
  const trustedOrigins: ReadonlySet<string> = new Set([source.origin]);
  const windows = new Set<BrowserWindow>();

  if (rendererDir !== null) serveRenderer(rendererDir, log);
  denyAllPermissions(session.defaultSession, log);
  installAppMenu(isDev);
  const closeCalls = handleCalls({ router: core.router, trustedOrigins, isOurWindow: (window) => windows.has(window), log });

  async function openWindow(): Promise<void> {
    const window = createMainWindow({ preloadFile, trustedOrigins, log });
    windows.add(window);
    window.once('closed', () => windows.delete(window));
    forwardEvents(core.bus, window, trustedOrigins);
    await window.loadURL(source.entryUrl);
  }

  function reopen(): void {
    openWindow().catch((error: unknown) => log.error('Could not open the window', { error }));
  }

  electronApp.on('window-all-closed', () => {
    if (process.platform !== 'darwin') electronApp.quit();
  });
  electronApp.on('activate', () => {
    if (windows.size === 0) reopen();
  });

  await openWindow();
  log.info(`Desktop window open on ${source.entryUrl}`);

  return {
    focus() {
      const [window] = windows;
      if (window === undefined) {
        reopen();
        return;
      }
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    close() {
      closeCalls();
    },
  };
}
