import fs from 'node:fs';
import path from 'node:path';
import { app, dialog } from 'electron';
import { APP_NAME } from '../config/app-version';

/** The few facts about the running Electron app that the desktop entry needs. */
export interface ElectronRuntime {
  readonly isPackaged: boolean;
  /** The data folder when none is given: the userData folder of the packaged app. */
  readonly defaultDataDir: string;
  /** The app's own files (app.asar once packaged). */
  readonly appPath: string;
  /** Where extraResources land once packaged. */
  readonly resourcesPath: string;
  readonly electronVersion: string;
}

export function electronRuntime(): ElectronRuntime {
  return {
    isPackaged: app.isPackaged,
    // Not app.getPath('userData'): started as `electron out/main/index.js`, Electron never reads
    // package.json and names the app "Electron". This is the packaged app's userData in all cases.
    defaultDataDir: path.join(app.getPath('appData'), APP_NAME),
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
  };
}

/**
 * Chromium keeps its profile, and the lock behind `requestSingleInstanceLock`, in userData.
 * Pointing it at the data folder makes "one app per data folder" hold for both, so a second
 * data folder (an e2e run, a paper-trading sandbox) can run beside the everyday one. Must run
 * before ready; Electron refuses a folder that does not exist yet.
 */
export function useDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
}

/** False when another instance already owns this data folder; it has been asked to come forward. */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

export function whenReady(): Promise<void> {
  return app.whenReady();
}

/**
 * `cleanUp` runs once when the app quits, by the menu, the last window or a signal: Electron
 * does not always turn SIGINT/SIGTERM into a quit on its own, and the data-folder lock and the
 * database must be released either way.
 */
export function onQuit(cleanUp: () => void): void {
  app.once('will-quit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
}

export function quit(): void {
  app.quit();
}

/** Shown after ready (before it, Linux only prints to stderr), then the app exits with 1. */
export function failStartup(message: string): void {
  dialog.showErrorBox('Tradewind could not start', message);
  app.exit(1);
}
