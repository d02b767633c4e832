import { type BackupReason } from '../../../../../shared/schemas/backup';

export const REASON_LABELS: Record<BackupReason, string> = {
  manual: 'Manual',
  scheduled: 'Scheduled',
  'pre-migration': 'Before migration',
  'pre-restore': 'Before restore',
};
