import Database from 'better-sqlite3';
import { AppError } from '../api/app-error';
import { type JournalEntry } from '../store/migrations-journal';
import { type OpenDatabase } from '../store/open-store';
import { withoutCheckConstraints } from '../store/startup-check';

const MIGRATIONS_TABLE = '__drizzle_migrations';
const MAX_REPORTED_PROBLEMS = 3;

export const openWithBetterSqlite: OpenDatabase = (file, options) => new Database(file, options);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function problems(rows: unknown[], column: string): string[] {
  return rows.map((row) => String((row as Record<string, unknown>)[column]));
}

function describeProblems(found: readonly string[]): string {
  const more = found.length > MAX_REPORTED_PROBLEMS ? ` (and ${found.length - MAX_REPORTED_PROBLEMS} more)` : '';
  return `${found.slice(0, MAX_REPORTED_PROBLEMS).join('; ')}${more}`;
}

/**
 * Refuses a file a restore must not swap in: unreadable, failing `integrity_check`, not a
 * Tradewind database, or migrated by a newer Tradewind than this one.
 */
export function assertUsableBackup(
  file: string,
  label: string,
  journal: readonly JournalEntry[],
  openDatabase: OpenDatabase,
): void {
  let db: Database.Database;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('CONFLICT', `Backup ${label} cannot be opened: ${messageOf(error)}`);
  }
  try {
    const found = problems(db.pragma('integrity_check') as unknown[], 'integrity_check');
    if (found.length !== 1 || found[0] !== 'ok') {
      throw new AppError('CONFLICT', `Backup ${label} is damaged (integrity_check: ${describeProblems(found)})`);
    }
    const hasMigrations = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
      .pluck()
      .get(MIGRATIONS_TABLE);
    if (hasMigrations === undefined) {
      throw new AppError('CONFLICT', `Backup ${label} is not a Tradewind database (it has no ${MIGRATIONS_TABLE} table)`);
    }
    const newest = db.prepare(`select max(created_at) from "${MIGRATIONS_TABLE}"`).pluck().get() as number | string | null;
    const latestKnown = Math.max(...journal.map((entry) => entry.when));
    if (newest !== null && Number(newest) > latestKnown) {
      throw new AppError(
        'CONFLICT',
        `Backup ${label} was written by a newer version of Tradewind (schema from ${new Date(Number(newest)).toISOString()}); update Tradewind to restore it`,
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', `Backup ${label} cannot be read: ${messageOf(error)}`);
  } finally {
    db.close();
  }
}

/**
 * Readies a freshly written copy: rollback-journal mode (so opening it read-only later leaves
 * no -wal/-shm files behind) and a `quick_check`. A copy that fails means the live database
 * it came from is damaged.
 */
export function sealNewBackup(file: string, openDatabase: OpenDatabase): void {
  const db = openDatabase(file, { fileMustExist: true });
  let found: string[];
  try {
    db.pragma('journal_mode = DELETE');
    found = withoutCheckConstraints(db, () => problems(db.pragma('quick_check') as unknown[], 'quick_check'));
  } catch (error) {
    found = [messageOf(error)];
  } finally {
    db.close();
  }
  if (found.length !== 1 || found[0] !== 'ok') {
    throw new Error(`The new backup failed its check, so the live database is probably damaged (${describeProblems(found)})`);
  }
}
