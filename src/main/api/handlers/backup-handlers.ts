import type Database from 'better-sqlite3';
import { type MethodOutput } from '../../../shared/contract';
import { type AuditEntry } from '../../audit/audit-repo';
import { type BackupService } from '../../backup/backup-service';
import { type HandlerMap } from '../handler-types';

export function backupHandlers(deps: {
  backups: BackupService;
  /** The live database, copied with SQLite's online backup API. */
  source: () => Database.Database;
  restore: (id: string) => Promise<MethodOutput<'backup.restore'>>;
  audit: (entry: AuditEntry) => void;
}): HandlerMap<'backup.list' | 'backup.create' | 'backup.restore'> {
  const { backups } = deps;
  return {
    'backup.list': () => ({ folder: backups.folder, backups: backups.list(), retention: backups.retentionRule }),
    'backup.create': async () => {
      const backup = await backups.create(deps.source(), 'manual');
      deps.audit({ actor: 'user', action: 'backup.create', target: `backup:${backup.id}`, details: { sizeBytes: backup.sizeBytes } });
      return backup;
    },
    'backup.restore': ({ id }) => deps.restore(id),
  };
}
