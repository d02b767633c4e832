import { BrowserWindow } from 'electron';
import { type Logger } from '../log/logger';
import { guardNavigation } from './navigation-guard';

/** Matches the renderer's dark background, so the window never flashes white while loading. */
const BACKGROUND = '#0b0e11';

export interface MainWindowOptions {
  readonly preloadFile: string;
  readonly trustedOrigins: ReadonlySet<string>;
  readonly log: Logger;
}

/** A hidden, locked-down window; it shows itself once the first paint is ready. */
export function createMainWindow({ preloadFile, trustedOrigins, log }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    backgroundColor: BACKGROUND,
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  guardNavigation(window.webContents, trustedOrigins, log);
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error(`The window's renderer stopped: ${details.reason}`, { exitCode: details.exitCode });
  });
  return window;
}
