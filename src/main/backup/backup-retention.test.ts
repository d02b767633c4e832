import { describe, expect, it } from 'vitest';
import { type BackupInfo, type BackupReason, BACKUP_ID_PATTERN } from '../../shared/schemas/backup';
import { backupId, fileStamp, parseBackupId } from './backup-names';
import { applyRetention, RETENTION, RETENTION_RULE } from './backup-retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** 2024-06-15T12:00:00Z */
const NOW = Date.UTC(2024, 5, 15, 12);

function backup(createdAt: number, reason: BackupReason = 'scheduled'): BackupInfo {
  return { id: backupId(createdAt, reason), createdAt, reason, sizeBytes: 1 };
}

function kept(backups: readonly BackupInfo[], now = NOW, protect: readonly string[] = []): string[] {
  return applyRetention(backups, now, new Set(protect)).keep.map((b) => new Date(b.createdAt).toISOString() + ' ' + b.reason);
}

describe('backup names', () => {
  it('round-trips time and reason through the file name', () => {
    const at = Date.UTC(2024, 0, 31, 23, 59, 59, 123);
    const id = backupId(at, 'pre-migration');

    expect(id).toBe('tradewind-20240131T235959123Z-pre-migration.db');
    expect(id).toMatch(BACKUP_ID_PATTERN);
    expect(parseBackupId(id)).toEqual({ createdAt: at, reason: 'pre-migration' });
    expect(fileStamp(0)).toBe('19700101T000000000Z');
  });

  it.each([
    'tradewind-20240131T235959123Z-unknown.db',
    'tradewind-20240231T000000000Z-manual.db',
    'tradewind-20240131T235959123Z-manual.db-wal',
    '.partial-tradewind-20240131T235959123Z-manual.db',
    'tradewind.db',
    '../tradewind-20240131T235959123Z-manual.db',
  ])('does not take %s for a backup', (name) => {
    expect(parseBackupId(name)).toBeNull();
  });
});

describe('the backup retention rule', () => {
  it('is stated in one sentence', () => {
    expect(RETENTION_RULE.split('. ')).toHaveLength(1);
    expect(RETENTION_RULE).toMatch(/5 backups from the last 24 hours/);
    expect(RETENTION_RULE).toMatch(/never more than 30/);
  });

  it('keeps the newest 5 of the last 24 hours', () => {
    const backups = [1, 2, 3, 4, 5, 6, 7].map((h) => backup(NOW - h * HOUR));

    const { keep, remove } = applyRetention(backups, NOW);

    // All seven are from today (UTC), so the daily rule adds nothing beyond the newest.
    expect(keep.map((b) => b.createdAt)).toEqual([1, 2, 3, 4, 5].map((h) => NOW - h * HOUR));
    expect(remove.map((b) => b.createdAt)).toEqual([6, 7].map((h) => NOW - h * HOUR));
  });

  it('then keeps the newest backup of each UTC day for 14 days', () => {
    // Two a day, at 06:00 and 18:00 UTC, for 20 days before today.
    const backups = Array.from({ length: 20 }, (_, d) => [
      backup(Date.UTC(2024, 5, 14 - d, 6)),
      backup(Date.UTC(2024, 5, 14 - d, 18)),
    ]).flat();

    const result = kept(backups);

    // Yesterday 18:00 is within 24 h (so are none of the others); 13 days back from today.
    expect(result).toEqual(Array.from({ length: 13 }, (_, d) => `${new Date(Date.UTC(2024, 5, 14 - d, 18)).toISOString()} scheduled`));
  });

  it('counts calendar days in UTC, not 24-hour periods', () => {
    const now = Date.UTC(2024, 5, 16, 0, 30);
    // 20 minutes apart but on two UTC days, and both older than 24 hours: one per day stays.
    const justAfterMidnight = backup(Date.UTC(2024, 5, 15, 0, 10));
    const justBeforeMidnight = backup(Date.UTC(2024, 5, 14, 23, 50));
    const earlierThatDay = backup(Date.UTC(2024, 5, 14, 1, 0));

    expect(applyRetention([justAfterMidnight, justBeforeMidnight, earlierThatDay], now).keep).toEqual([
      justAfterMidnight,
      justBeforeMidnight,
    ]);
  });

  it('keeps pre-migration and pre-restore backups for 30 days, then lets them go', () => {
    const backups = [
      backup(NOW - 20 * DAY, 'pre-migration'),
      backup(NOW - 20 * DAY - HOUR, 'pre-restore'),
      backup(NOW - 20 * DAY - 2 * HOUR, 'manual'),
      backup(NOW - 31 * DAY, 'pre-migration'),
    ];

    const { keep, remove } = applyRetention(backups, NOW);

    expect(keep.map((b) => b.reason)).toEqual(['pre-migration', 'pre-restore']);
    expect(remove.map((b) => b.reason)).toEqual(['manual', 'pre-migration']);
  });

  it('never keeps more than 30, dropping the oldest first', () => {
    const backups = Array.from({ length: 40 }, (_, i) => backup(NOW - i * HOUR, 'pre-migration'));

    const { keep } = applyRetention(backups, NOW);

    expect(keep).toHaveLength(RETENTION.total);
    expect(keep.at(-1)?.createdAt).toBe(NOW - 29 * HOUR);
  });

  it('always keeps the newest backup, however old', () => {
    const old = backup(NOW - 400 * DAY, 'manual');

    expect(applyRetention([old, backup(NOW - 401 * DAY)], NOW).keep).toEqual([old]);
  });

  it('keeps a protected backup (the one a restore is about to use) within the cap', () => {
    const backups = Array.from({ length: 40 }, (_, i) => backup(NOW - i * HOUR, 'pre-migration'));
    const oldest = backups.at(-1);
    const target = backup(NOW - 300 * DAY, 'manual');

    const { keep } = applyRetention([...backups, target], NOW, new Set([target.id]));

    expect(keep).toHaveLength(RETENTION.total);
    expect(keep).toContainEqual(target);
    expect(keep).not.toContainEqual(oldest);
  });

  it('keeps nothing twice and removes exactly what it does not keep', () => {
    const backups = Array.from({ length: 200 }, (_, i) => backup(NOW - i * 5 * HOUR, i % 7 === 0 ? 'manual' : 'scheduled'));

    const { keep, remove } = applyRetention(backups, NOW);

    expect(new Set([...keep, ...remove].map((b) => b.id)).size).toBe(200);
    expect(keep.length + remove.length).toBe(200);
  });
});
