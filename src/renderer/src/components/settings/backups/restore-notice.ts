import { type BackupInfo } from '../../../../../shared/schemas/backup';
import { formatDateTime } from '../../common/format';

/**
 * What the sign-in screen says after a restore. A restore ends every web session, and the
 * socket that asked may close before its answer arrives, so a note is left before asking; the
 * answer, when it comes, replaces it with the details.
 */
export function pendingRestoreNotice(backup: BackupInfo): string {
  return `The backup of ${formatDateTime(backup.createdAt)} was restored. Sign in again.`;
}

/** One sentence on what a restore did, for the Backups section. */
export function restoredSummary(result: { restoredFrom: BackupInfo; keptAside: string | null }): string {
  const keptAside = result.keptAside === null ? '' : ` The previous database was kept at ${result.keptAside}.`;
  return `Restored the backup of ${formatDateTime(result.restoredFrom.createdAt)}.${keptAside}`;
}

export function restoredNotice(result: { restoredFrom: BackupInfo; keptAside: string | null }): string {
  return `${restoredSummary(result)} Sign in again.`;
}
