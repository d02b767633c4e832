import { z } from 'zod';
import { EpochMs } from './common';

export const BACKUP_REASONS = ['manual', 'scheduled', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** File names the backup service itself produced; anything else is refused as an id. */
export const BACKUP_ID_PATTERN = /^tradewind-\d{8}T\d{6}\d{3}Z-[a-z-]+\.db$/;

export const BackupInfoSchema = z.object({
  /** The file name inside the backups folder. */
  id: z.string(),
  createdAt: EpochMs,
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const BackupListOutputSchema = z.object({
  folder: z.string(),
  backups: z.array(BackupInfoSchema),
  /** The retention rule in words, as applied after every new backup. */
  retention: z.string(),
});

export const BackupRestoreInputSchema = z.object({ id: z.string().regex(BACKUP_ID_PATTERN, 'Not a backup made by Tradewind') }).strict();

export const BackupRestoreOutputSchema = z.object({
  restoredFrom: BackupInfoSchema,
  /** Where the replaced database was moved, inside the data folder (null when there was none). */
  keptAside: z.string().nullable(),
});
