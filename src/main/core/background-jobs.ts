import { createBackupScheduler } from '../backup/backup-scheduler';
import { type BackupService } from '../backup/backup-service';
import { type Logger } from '../log/logger';
import { purgeOld } from '../retention/retention-service';
import { type SettingsService } from '../settings/settings-service';
import { type Store } from '../store/open-store';
import { type EventBus } from './event-bus';

const HOUR_MS = 3_600_000;
const PURGE_EVERY_MS = 24 * HOUR_MS;

export interface BackgroundJobs {
  /** Stops the timers and waits for a running backup, before the database closes. */
  stop(): Promise<void>;
}

/**
 * What the hosting shell runs while it holds the data folder: scheduled backups (every
 * `backupEveryHours`, following the setting as it changes) and a daily purge of old log lines
 * and strategy decisions.
 */
export function startBackgroundJobs(deps: {
  store: Store;
  settings: SettingsService;
  backups: BackupService;
  bus: EventBus;
  logger: Logger;
  afterJob: () => void;
}): BackgroundJobs {
  const { store, settings, backups, bus, logger, afterJob } = deps;
  const log = logger.child('jobs');
  let isStopped = false;

  const scheduler = createBackupScheduler({
    service: backups,
    getSource: () => (isStopped ? null : store.sqlite),
    everyMs: settings.get().backupEveryHours * HOUR_MS,
    logger,
  });
  scheduler.start();
  const stopFollowingSettings = bus.on((name, payload) => {
    if (name === 'settings.changed') scheduler.setEveryMs((payload as ReturnType<SettingsService['get']>).backupEveryHours * HOUR_MS);
  });

  const purge = (): void => {
    try {
      const result = purgeOld({ sqlite: store.sqlite, now: Date.now(), decisionRetentionDays: settings.get().decisionRetentionDays });
      if (result.systemLog + result.decisions > 0) {
        log.info(`Purged ${result.systemLog} old log lines and ${result.decisions} old decisions`, { ...result });
      }
      afterJob();
    } catch (error: unknown) {
      log.error('Purging old rows failed', { error });
    }
  };
  purge();
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();

  return {
    async stop() {
      isStopped = true;
      clearInterval(purgeTimer);
      stopFollowingSettings();
      scheduler.stop();
      await scheduler.idle();
    },
  };
}
