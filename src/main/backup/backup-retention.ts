import { type BackupInfo } from '../../shared/schemas/backup';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const RETENTION = {
  /** Every backup of the last `recentHours` hours is kept, up to `recentMax`. */
  recentHours: 24,
  recentMax: 5,
  /** Then the newest backup of each UTC calendar day, for this many days (today included). */
  dailyDays: 14,
  /** Backups taken before a migration or a restore are the way back from one. */
  safetyNetDays: 30,
  total: 30,
} as const;

export const RETENTION_RULE =
  `Keeps up to ${RETENTION.recentMax} backups from the last ${RETENTION.recentHours} hours, the newest of each UTC day ` +
  `for ${RETENTION.dailyDays} days and every pre-migration or pre-restore backup for ${RETENTION.safetyNetDays} days, ` +
  `never more than ${RETENTION.total} in all; the newest backup is always kept.`;

const utcDay = (ms: number): number => Math.floor(ms / DAY_MS);

/**
 * Which backups the rule keeps at `now`. `protectedIds` are kept whatever their age (the one
 * a restore is about to use), still within the cap. Pure, so it is tested with a fake clock.
 */
export function applyRetention(
  backups: readonly BackupInfo[],
  now: number,
  protectedIds: ReadonlySet<string> = new Set(),
): { keep: BackupInfo[]; remove: BackupInfo[] } {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  const today = utcDay(now);
  const seenDays = new Set<number>();
  let recentSeen = 0;
  const isWanted = (backup: BackupInfo, index: number): boolean => {
    const age = now - backup.createdAt;
    const day = utcDay(backup.createdAt);
    const isRecent = age < RETENTION.recentHours * HOUR_MS && recentSeen++ < RETENTION.recentMax;
    const isNewestOfDay = today - day < RETENTION.dailyDays && !seenDays.has(day);
    seenDays.add(day);
    const isSafetyNet =
      (backup.reason === 'pre-migration' || backup.reason === 'pre-restore') && age < RETENTION.safetyNetDays * DAY_MS;
    return index === 0 || isRecent || isNewestOfDay || isSafetyNet;
  };
  // The protected ones take their places under the cap first, so the cap holds even for them.
  let room = RETENTION.total - newestFirst.filter((backup) => protectedIds.has(backup.id)).length;
  const keep: BackupInfo[] = [];
  const remove: BackupInfo[] = [];
  for (const [index, backup] of newestFirst.entries()) {
    const isWantedByRule = isWanted(backup, index);
    if (protectedIds.has(backup.id)) {
      keep.push(backup);
    } else if (isWantedByRule && room > 0) {
      keep.push(backup);
      room--;
    } else {
      remove.push(backup);
    }
  }
  return { keep, remove };
}
