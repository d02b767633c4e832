import type Database from 'better-sqlite3';

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_LOG_RETENTION_DAYS = 30;

export interface PurgeOptions {
  readonly sqlite: Database.Database;
  readonly now: number;
  /** System log lines older than this many days go. */
  readonly logRetentionDays?: number;
  /** Strategy decisions older than this many days go (the `decisionRetentionDays` setting). */
  readonly decisionRetentionDays: number;
}

export interface PurgeResult {
  readonly systemLog: number;
  readonly decisions: number;
  /** In-app notifications go with the log lines, after the same number of days. */
  readonly notifications: number;
  /** Rows strictly older than these instants were removed. */
  readonly logCutoff: number;
  readonly decisionCutoff: number;
}

function assertDays(name: string, days: number): void {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`${name} must be a whole number of days, at least 1 (got ${days})`);
}

/**
 * Removes old system log lines, notifications and strategy decisions, in one transaction.
 * Orders, fills, backtest trades and the audit log are the record of what happened and are
 * never purged: this function names only the three tables it may touch, and the audit log refuses deletes
 * by trigger anyway.
 */
export function purgeOld(options: PurgeOptions): PurgeResult {
  const { sqlite, now } = options;
  const logRetentionDays = options.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
  assertDays('logRetentionDays', logRetentionDays);
  assertDays('decisionRetentionDays', options.decisionRetentionDays);
  const logCutoff = now - logRetentionDays * DAY_MS;
  const decisionCutoff = now - options.decisionRetentionDays * DAY_MS;
  const purge = sqlite.transaction(() => ({
    systemLog: sqlite.prepare('delete from system_log where ts < ?').run(logCutoff).changes,
    decisions: sqlite.prepare('delete from decisions where ts < ?').run(decisionCutoff).changes,
    notifications: sqlite.prepare('delete from notifications where ts < ?').run(logCutoff).changes,
  }));
  return { ...purge.immediate(), logCutoff, decisionCutoff };
}
