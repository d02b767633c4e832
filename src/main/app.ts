import { type Shell, type LogLevel } from '../shared/domain/enums';
import { type AppInfo } from '../shared/schemas/app';
import { combineHandlers } from './api/combine-handlers';
import { appHandlers } from './api/handlers/app-handlers';
import { logHandlers } from './api/handlers/log-handlers';
import { settingsHandlers } from './api/handlers/settings-handlers';
import { createRouter, type Router } from './api/router';
import { APP_NAME, APP_VERSION } from './config/app-version';
import { databaseFile } from './config/data-dir';
import { EventBus } from './core/event-bus';
import { StatusService } from './core/status';
import { createConsoleSink } from './log/console-sink';
import { createLogRepo, type LogRepo } from './log/log-repo';
import { createLogger, type Logger } from './log/logger';
import { createStoreSink } from './log/store-sink';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { openStore, type OpenDatabase, type Store } from './store/open-store';

export interface AppConfig {
  readonly shell: Shell;
  readonly dataDir: string;
  readonly migrationsFolder: string;
  /** The desktop shell passes its own build of better-sqlite3 (see src/main/index.ts). */
  readonly openDatabase?: OpenDatabase;
  readonly electronVersion?: string | null;
  readonly consoleLogLevel?: LogLevel;
  readonly storeLogLevel?: LogLevel;
  /** How often `app.status` is repeated; 0 turns the heartbeat off (the CLI). */
  readonly heartbeatMs?: number;
}

export interface App {
  readonly config: AppConfig;
  readonly store: Store;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly router: Router;
  readonly status: StatusService;
  readonly settings: SettingsService;
  readonly logRepo: LogRepo;
  info(): AppInfo;
  close(): void;
}

/**
 * The composition root: every service is built here from a data folder and a config, and
 * nothing here knows which shell is hosting it.
 */
export function createApp(config: AppConfig): App {
  const store = openStore({
    file: databaseFile(config.dataDir),
    migrationsFolder: config.migrationsFolder,
    ...(config.openDatabase ? { openDatabase: config.openDatabase } : {}),
  });
  const bus = new EventBus((error) => process.stderr.write(`event listener failed: ${String(error)}\n`));
  const logRepo = createLogRepo(store.db);
  const logger = createLogger([
    createConsoleSink(config.consoleLogLevel ?? 'info'),
    createStoreSink(logRepo, bus, config.storeLogLevel ?? 'info'),
  ]);
  const status = new StatusService(bus);
  const settings = createSettingsService(store.db, bus, logger);

  function info(): AppInfo {
    const schema = store.schemaVersion();
    return {
      name: APP_NAME,
      version: APP_VERSION,
      shell: config.shell,
      dataDir: config.dataDir,
      databaseFile: store.file,
      schemaVersion: schema.version,
      schemaTag: schema.tag,
      platform: `${process.platform}-${process.arch}`,
      runtime: { node: process.versions.node, electron: config.electronVersion ?? null },
      status: status.current(),
    };
  }

  const router = createRouter(
    combineHandlers(appHandlers({ info }), settingsHandlers(settings), logHandlers(logRepo)),
    logger,
  );

  if ((config.heartbeatMs ?? 0) > 0) status.startHeartbeat(config.heartbeatMs ?? 0);
  status.set('ready');

  let isClosed = false;
  function close(): void {
    if (isClosed) return;
    isClosed = true;
    status.set('stopping');
    status.stopHeartbeat();
    store.close();
  }

  return { config, store, bus, logger, router, status, settings, logRepo, info, close };
}
