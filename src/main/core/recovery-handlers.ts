import { METHOD_NAMES, type MethodName, type MethodOutput } from '../../shared/contract';
import { type AppInfo } from '../../shared/schemas/app';
import { AppError } from '../api/app-error';
import { type Handler, type Handlers } from '../api/handler-types';
import { type BackupService } from '../backup/backup-service';

/** What still works while the database cannot be opened: saying why, and restoring a backup. */
export const RECOVERY_METHODS: ReadonlySet<MethodName> = new Set(['app.info', 'backup.list', 'backup.restore']);

export function recoveryHandlers(deps: {
  info: () => AppInfo;
  backups: BackupService;
  restore: (id: string) => Promise<MethodOutput<'backup.restore'>>;
}): Handlers {
  const unavailable: Handler<never> = () => {
    throw new AppError('UNAVAILABLE', 'The database cannot be opened. Restore a backup first (Settings → Backups, or `tradewind backup restore --latest`).');
  };
  const handlers = Object.fromEntries(METHOD_NAMES.map((name) => [name, unavailable])) as unknown as Record<MethodName, Handler<never>>;
  return {
    ...handlers,
    'app.info': () => deps.info(),
    'backup.list': () => ({ folder: deps.backups.folder, backups: deps.backups.list(), retention: deps.backups.retentionRule }),
    'backup.restore': ({ id }) => deps.restore(id),
  };
}
