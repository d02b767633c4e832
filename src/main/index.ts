import path from 'node:path';
// better-sqlite3 in node_modules is compiled for the system Node's ABI and cannot load inside
// Electron. `better-sqlite3-napi` (an npm alias of better-sqlite3@13, see package.json) is built
// on Node-API, which is ABI-stable across Node and Electron versions, and ships prebuilt binaries
// for every desktop platform: Electron loads it as is, with no rebuild against Electron's headers.
// It needs Node >= 22, so the web shell, the CLI and the tests keep using better-sqlite3.
import DatabaseNapi from 'better-sqlite3-napi';
import { resolveDataDir } from './config/data-dir';
import { acquireInstanceLock } from './config/instance-lock';
import { openCoreHost } from './core/core-host';
import { findMigrationsDir, findRendererDir } from './config/project-paths';
import { dataDirArg } from './desktop/desktop-args';
import { chooseRendererSource } from './desktop/renderer-source';
import { registerAppScheme } from './electron/app-protocol';
import { openDesktopShell, type DesktopShell } from './electron/desktop-shell';
import { createSafeStorageKeychain } from './electron/safe-storage-keychain';
import {
  claimSingleInstance,
  electronRuntime,
  failStartup,
  onQuit,
  quit,
  useDataDir,
  whenReady,
  type ElectronRuntime,
} from './electron/runtime';

/** Undone in reverse order on quit, or on a failed start. */
const cleanups: Array<() => void> = [];
let shell: DesktopShell | null = null;
let dataDir: string | null = null;

async function start(): Promise<void> {
  registerAppScheme();
  const runtime = electronRuntime();
  dataDir = resolveDataDir(dataDirArg(process.argv.slice(1)), process.env, () => runtime.defaultDataDir);
  useDataDir(dataDir);
  if (!claimSingleInstance(() => shell?.focus())) {
    quit();
    return;
  }
  await whenReady();
  onQuit(cleanUp);

  cleanups.push(acquireInstanceLock(dataDir, 'desktop'));
  const core = await openCoreHost({
    shell: 'desktop',
    dataDir,
    migrationsFolder: runtime.isPackaged ? path.join(runtime.resourcesPath, 'drizzle') : findMigrationsDir(),
    openDatabase: (file, options) => new DatabaseNapi(file, options),
    electronVersion: runtime.electronVersion,
    heartbeatMs: 5_000,
    keychain: createSafeStorageKeychain(),
    isHostingShell: true,
    binanceTestnetUrl: process.env.TRADEWIND_BINANCE_TESTNET_URL ?? null,
  });
  cleanups.push(() => core.close());

  const source = chooseRendererSource(process.env.ELECTRON_RENDERER_URL, runtime.isPackaged);
  const desktop = await openDesktopShell({
    core,
    source,
    rendererDir: source.isDevServer ? null : rendererDir(runtime),
    preloadFile: path.join(import.meta.dirname, '..', 'preload', 'index.cjs'),
    isDev: !runtime.isPackaged,
  });
  cleanups.push(() => desktop.close());
  shell = desktop;
}

function rendererDir(runtime: ElectronRuntime): string {
  return runtime.isPackaged ? path.join(runtime.appPath, 'out', 'renderer') : findRendererDir();
}

function cleanUp(): void {
  for (const undo of cleanups.splice(0).reverse()) {
    try {
      undo();
    } catch (error: unknown) {
      process.stderr.write(`tradewind: clean-up failed: ${String(error)}\n`);
    }
  }
}

start().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tradewind desktop: ${message}\n`);
  cleanUp();
  await whenReady();
  failStartup(dataDir === null ? message : `${message}\n\nData folder: ${dataDir}`);
});
