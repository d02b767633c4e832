import { BACKUP_ID_PATTERN, BACKUP_REASONS, type BackupReason } from '../../shared/schemas/backup';

/** `20240131T235959123Z`: sorts as text in time order and is safe in a file name everywhere. */
export function fileStamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2024-01-31T23:59:59.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}Z`;
}

export function backupId(createdAt: number, reason: BackupReason): string {
  return `tradewind-${fileStamp(createdAt)}-${reason}.db`;
}

const ID_PARTS = /^tradewind-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.db$/;

function isReason(value: string): value is BackupReason {
  return (BACKUP_REASONS as readonly string[]).includes(value);
}

/** The time and reason a backup id encodes, or null for any other file name. */
export function parseBackupId(id: string): { createdAt: number; reason: BackupReason } | null {
  if (!BACKUP_ID_PATTERN.test(id)) return null;
  const match = ID_PARTS.exec(id);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millis, reason] = match;
  if (reason === undefined || !isReason(reason)) return null;
  const createdAt = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(millis),
  );
  // Date.UTC rolls 2024-02-31 over into March; such a name was not made by us.
  return Number.isNaN(createdAt) || fileStamp(createdAt) !== id.slice('tradewind-'.length, 'tradewind-'.length + 19)
    ? null
    : { createdAt, reason };
}
