import { type BackupInfo } from '../../../shared/schemas/backup';
import { databaseFile } from '../../config/data-dir';
import { acquireInstanceLock } from '../../config/instance-lock';
import { UsageError, type CommandContext } from '../command';
import { asUsageError, cliData, formatBytes, openCliStore, type PositionalCommand } from './cli-store';

const USAGE = [
  'tradewind backup list             Backups in the data folder, newest first',
  'tradewind backup create           Take an online backup of the database now',
  'tradewind backup restore <id>     Check a backup, then put it in place of the database',
  'tradewind backup restore --latest   ... the newest backup that passes the check',
  '',
  'Every form takes --data-dir <folder> and --json. A restore needs the app to be closed; the',
  'replaced database is kept in <data folder>/replaced, never deleted.',
].join('\n');

function summaryOf(backup: BackupInfo): string {
  return `${backup.id}  ${new Date(backup.createdAt).toISOString()}  ${backup.reason.padEnd(13)}  ${formatBytes(backup.sizeBytes)}`;
}

function list({ dataDir, isJson, out }: CommandContext): void {
  const { backups } = cliData(dataDir);
  const all = backups.list();
  if (isJson) {
    out(JSON.stringify({ folder: backups.folder, backups: all, retention: backups.retentionRule }));
    return;
  }
  out(
    [
      `backups in ${backups.folder}`,
      ...(all.length === 0 ? ['  (none yet)'] : all.map((backup) => `  ${summaryOf(backup)}`)),
      `retention: ${backups.retentionRule}`,
    ].join('\n'),
  );
}

async function create({ dataDir, isJson, out }: CommandContext): Promise<void> {
  const data = cliData(dataDir);
  const store = openCliStore(dataDir, data);
  try {
    const backup = await data.backups.create(store.sqlite, 'manual');
    out(isJson ? JSON.stringify(backup) : `backup created: ${summaryOf(backup)}`);
  } finally {
    store.close();
  }
}

/** Never opens the live database: it may be the damaged file this restore is replacing. */
function restore({ dataDir, isJson, out, values }: CommandContext, id: string | undefined): void {
  const isLatest = values.latest === true;
  if ((id === undefined) === !isLatest) throw new UsageError('backup restore: give either a backup id or --latest');
  const { backups } = cliData(dataDir);
  const release = acquireInstanceLock(dataDir, 'cli');
  try {
    const chosen = isLatest ? backups.latestGood() : null;
    if (isLatest && chosen === null) throw new Error(`No backup in ${backups.folder} passes the check, so there is nothing to restore`);
    const result = backups.swapIn(chosen?.id ?? id ?? '', databaseFile(dataDir));
    if (isJson) {
      out(JSON.stringify(result));
      return;
    }
    out(
      [
        `restored ${summaryOf(result.restoredFrom)}`,
        result.keptAside === null ? 'there was no database to replace' : `the replaced database is kept at ${result.keptAside}`,
      ].join('\n'),
    );
  } finally {
    release();
  }
}

export const backupCommand: PositionalCommand = {
  name: 'backup',
  summary: 'List, take or restore backups of the database',
  usage: USAGE,
  options: { latest: { type: 'boolean', default: false } },
  allowPositionals: true,
  async run(context) {
    const [action, ...rest] = context.positionals;
    const extra = action === 'restore' ? rest.slice(1) : rest;
    if (extra.length > 0) throw new UsageError(`backup ${action ?? ''}: unexpected argument '${extra[0] ?? ''}'`);
    if (context.values.latest === true && action !== 'restore') throw new UsageError('backup: --latest goes with restore');
    try {
      switch (action) {
        case 'list':
          list(context);
          return;
        case 'create':
          await create(context);
          return;
        case 'restore':
          restore(context, rest[0]);
          return;
        case undefined:
          throw new UsageError('backup: say list, create or restore');
        default:
          throw new UsageError(`backup: unknown action "${action}"; use list, create or restore`);
      }
    } catch (error) {
      throw asUsageError(error);
    }
  },
};
