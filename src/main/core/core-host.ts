import { type MethodOutput } from '../../shared/contract';
import { type AppInfo } from '../../shared/schemas/app';
import { AppError } from '../api/app-error';
import { createRouter, type Router } from '../api/router';
import { createApp, type App } from '../app';
import { recordAudit } from '../audit/audit-repo';
import { createBackupService, type BackupService } from '../backup/backup-service';
import { APP_NAME, APP_VERSION } from '../config/app-version';
import { databaseFile } from '../config/data-dir';
import { createConsoleSink } from '../log/console-sink';
import { createLogger, type Logger } from '../log/logger';
import { createSwitchableStoreSink } from '../log/switchable-store-sink';
import { StoreUnreadableError } from '../store/open-store';
import { AttemptThrottle } from '../vault/attempt-throttle';
import { EventBus } from './event-bus';
import { type HostConfig } from './host-config';
import { recoveryHandlers } from './recovery-handlers';
import { StatusService } from './status';

export interface CoreHost {
  readonly config: HostConfig;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Stable for the life of the process: calls go to whichever core is open. */
  readonly router: Router;
  readonly backups: BackupService;
  /** The open core, or null while the database cannot be opened and only recovery is offered. */
  current(): App | null;
  info(): AppInfo;
  /** Told after a restore replaced the core, so shells drop what belonged to the old one. */
  onReload(listener: () => void): () => void;
  close(): void;
}

/**
 * What lives for the whole process around the core: the event bus, the logger, the status,
 * the passphrase-attempt throttle and the backups. The core itself (one open database and
 * every service on it) can be replaced underneath: a restore closes it, swaps the file and
 * opens a new one. A database that cannot be opened is never recreated; the host then serves
 * only what is needed to restore a backup.
 */
export async function openCoreHost(config: HostConfig): Promise<CoreHost> {
  const bus = new EventBus((error) => process.stderr.write(`event listener failed: ${String(error)}\n`));
  const storeSink = createSwitchableStoreSink(bus, config.storeLogLevel ?? 'info');
  const logger = createLogger([createConsoleSink(config.consoleLogLevel ?? 'info'), storeSink]);
  const log = logger.child('core');
  const status = new StatusService(bus);
  const throttle = new AttemptThrottle();
  const backups = createBackupService({
    dataDir: config.dataDir,
    migrationsFolder: config.migrationsFolder,
    logger,
    ...(config.openDatabase ? { openDatabase: config.openDatabase } : {}),
  });
  const reloadListeners = new Set<() => void>();
  let app: App | null = null;
  let recoveryProblem: string | null = null;
  // Finding the newest good backup checks each candidate's integrity (about a second per 100 MB).
  let latestGoodBackup: ReturnType<BackupService['latestGood']> | undefined;

  function info(): AppInfo {
    const schema = app?.store.schemaVersion() ?? { version: 0, tag: null };
    return {
      name: APP_NAME,
      version: APP_VERSION,
      shell: config.shell,
      dataDir: config.dataDir,
      databaseFile: databaseFile(config.dataDir),
      schemaVersion: schema.version,
      schemaTag: schema.tag,
      platform: `${process.platform}-${process.arch}`,
      runtime: { node: process.versions.node, electron: config.electronVersion ?? null },
      status: status.current(),
      recovery: recoveryProblem === null ? null : { problem: recoveryProblem, latestBackup: (latestGoodBackup ??= backups.latestGood()) },
    };
  }

  /** Opens the core on the data folder's database; null (and recovery mode) when it cannot be read. */
  async function open(): Promise<App | null> {
    try {
      app = await createApp({ config, bus, logger, storeSink, throttle, backups, restore, info });
      recoveryProblem = null;
      latestGoodBackup = undefined;
      status.set('ready');
    } catch (error: unknown) {
      if (!(error instanceof StoreUnreadableError)) throw error;
      app = null;
      recoveryProblem = error.message;
      log.error(`The database cannot be opened: ${error.message}`, { file: error.file, error: error.cause });
      status.set('degraded', error.message);
    }
    return app;
  }

  async function restore(id: string): Promise<MethodOutput<'backup.restore'>> {
    if (app !== null) {
      // Checks the backup and takes a pre-restore backup, so the restore itself can be undone.
      await app.quiesce();
      await backups.prepareRestore(app.store.sqlite, id);
      app.close();
      app = null;
    }
    const { restoredFrom, keptAside } = backups.swapIn(id, databaseFile(config.dataDir));
    const reopened = await open();
    if (reopened === null) throw new AppError('INTERNAL', `The restored database did not open either: ${recoveryProblem ?? 'unknown problem'}`);
    recordAudit(reopened.store.db, { actor: 'user', action: 'backup.restore', target: `backup:${id}`, details: { keptAside } });
    log.info(`Restored the database from ${id}; the replaced file is kept at ${keptAside}`);
    for (const listener of reloadListeners) listener();
    return { restoredFrom, keptAside };
  }

  const recoveryRouter = createRouter(recoveryHandlers({ info, backups, restore }), logger);
  const router: Router = { dispatch: (method, input, call) => (app?.router ?? recoveryRouter).dispatch(method, input, call) };

  await open();
  if ((config.heartbeatMs ?? 0) > 0) status.startHeartbeat(config.heartbeatMs ?? 0);

  return {
    config,
    bus,
    logger,
    router,
    backups,
    current: () => app,
    info,
    onReload(listener) {
      reloadListeners.add(listener);
      return () => reloadListeners.delete(listener);
    },
    close() {
      status.set('stopping');
      status.stopHeartbeat();
      app?.close();
      app = null;
    },
  };
}
