import type Database from 'better-sqlite3';
import { type BackupInfo } from '../../shared/schemas/backup';
import { type Logger } from '../log/logger';
import { type BackupService } from './backup-service';

export interface BackupSchedulerOptions {
  readonly service: BackupService;
  /** The live database, or null while it is closed (a restore is swapping files). */
  readonly getSource: () => Database.Database | null;
  readonly everyMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
  /** The first run waits at least this long after start, so it never slows the start itself. */
  readonly minFirstDelayMs?: number;
  /** After each timed run: the new backup, or null when it was skipped or failed. */
  readonly onRun?: (backup: BackupInfo | null) => void;
}

export interface BackupScheduler {
  start(): void;
  stop(): void;
  /** Takes a scheduled backup now, or joins the one already running. */
  runNow(): Promise<BackupInfo | null>;
  /** Resolves once no backup is running: wait for it after stop() and before closing the database. */
  idle(): Promise<void>;
  /** A new interval (the backupEveryHours setting changed); restarts the timer if running. */
  setEveryMs(everyMs: number): void;
}

const DEFAULT_MIN_FIRST_DELAY_MS = 60_000;
/** setTimeout fires at once for anything longer (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Takes `scheduled` backups every `everyMs`, counted from the newest backup in the folder, so
 * an app that never runs a whole interval still gets its backups. Runs never overlap: the
 * next timer is set only when a run has finished. The timer does not keep Node alive.
 */
export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const { service, getSource } = options;
  const now = options.now ?? Date.now;
  const log = options.logger.child('backup');
  let everyMs = options.everyMs;
  let timer: NodeJS.Timeout | null = null;
  let isRunning = false;
  let inFlight: Promise<BackupInfo | null> | null = null;

  function schedule(delayMs: number): void {
    if (!isRunning) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void runNow().then((backup) => {
        options.onRun?.(backup);
        schedule(everyMs);
      });
    }, Math.min(MAX_TIMER_MS, Math.max(0, delayMs)));
    timer.unref();
  }

  function firstDelay(): number {
    const newest = service.list()[0];
    const due = newest === undefined ? 0 : newest.createdAt + everyMs - now();
    return Math.max(options.minFirstDelayMs ?? DEFAULT_MIN_FIRST_DELAY_MS, due);
  }

  function runNow(): Promise<BackupInfo | null> {
    if (inFlight !== null) return inFlight;
    const source = getSource();
    if (source === null || !source.open) return Promise.resolve(null);
    inFlight = service
      .create(source, 'scheduled')
      .catch((error: unknown) => {
        // create() has logged the details; the next run tries again.
        log.warn('Scheduled backup skipped', { error: error instanceof Error ? error.message : String(error) });
        return null;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    start() {
      if (isRunning) return;
      isRunning = true;
      schedule(firstDelay());
    },
    stop() {
      isRunning = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    runNow,
    idle: () => (inFlight === null ? Promise.resolve() : inFlight.then(() => undefined)),
    setEveryMs(value) {
      everyMs = value;
      if (isRunning) schedule(firstDelay());
    },
  };
}
