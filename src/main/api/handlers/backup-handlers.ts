import type Database from 'better-sqlite3';
import { type MethodOutput } from '../../../shared/contract';
import { type BackupService } from '../../backup/backup-service';
import { type HandlerMap } from '../handler-types';

export function backupHandlers(deps: {
  backups: BackupService;
  /** The live database, copied with SQLite's online backup API. */
  source: () => Database.Database;
  restore: (id: string) => Promise<MethodOutput<'backup.restore'>>;
}): HandlerMap<'backup.list' | 'backup.create' | 'backup.restore'> {
  const { backups } = deps;
  return {
    'backup.list': () => ({ folder: backups.folder, backups: backups.list(), retention: backups.retentionRule }),
    'backup.create': () => backups.create(deps.source(), 'manual'),
    'backup.restore': ({ id }) => deps.restore(id),
  };
}
