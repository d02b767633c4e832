import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationsJournal, type JournalEntry } from './migrations-journal';
import * as schema from './schema';
import { checkOnOpen, FULL_CHECK_MAX_BYTES, type StartupCheck } from './startup-check';
import { asStoreError } from './store-errors';

export { StoreUnreadableError, type StoreUnreadableKind } from './store-errors';

export interface SchemaVersion {
  /** How many migrations have been applied. */
  version: number;
  /** Journal tag of the newest applied migration, e.g. "0000_init". */
  tag: string | null;
}

export type StoreDb = BetterSQLite3Database<typeof schema>;

/**
 * Lets the Electron shell pass the better-sqlite3 build compiled for its own ABI. It must pass
 * `options` on (the backup service opens backups read-only through it).
 */
export type OpenDatabase = (file: string, options?: Database.Options) => Database.Database;

/**
 * Runs on an existing database that is about to be migrated, before any migration touches
 * it; `pending` is how many migrations will run. Throwing stops the open (nothing migrated).
 */
export type BeforeMigrate = (sqlite: Database.Database, pending: number) => void;

export interface Store {
  readonly file: string;
  readonly db: StoreDb;
  readonly sqlite: Database.Database;
  /** How much of the file was checked on open: all of it, or (a big file) all but `candles`. */
  readonly startupCheck: StartupCheck | 'new-file';
  schemaVersion(): SchemaVersion;
  close(): void;
}

export interface OpenStoreOptions {
  file: string;
  migrationsFolder: string;
  openDatabase?: OpenDatabase;
  /** Takes the pre-migration backup (see `preMigrationBackup` in src/main/backup). */
  beforeMigrate?: BeforeMigrate;
  /** Above this size only part of the file is checked on open; tests lower it. */
  fullCheckMaxBytes?: number;
}

const BUSY_TIMEOUT_MS = 5000;
const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Opens (creating if needed) the database file and brings its schema up to date. A file that
 * exists but is damaged or unreadable raises StoreUnreadableError; it is never deleted,
 * recreated or migrated.
 */
export function openStore(options: OpenStoreOptions): Store {
  const { file, migrationsFolder } = options;
  const journal = readMigrationsJournal(migrationsFolder);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const hasContent = fs.existsSync(file) && fs.statSync(file).size > 0;
  let sqlite: Database.Database;
  try {
    sqlite = (options.openDatabase ?? ((f: string) => new Database(f)))(file);
  } catch (error) {
    throw asStoreError(error, file);
  }
  try {
    // First, so everything below waits for another process's lock instead of failing; the
    // check comes before switching to WAL, which could write to a file not yet checked.
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const startupCheck = hasContent ? checkOnOpen(sqlite, file, options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES) : 'new-file';
    applyPragmas(sqlite);
    assertNotNewerThanApp(sqlite, journal, file);
    runBeforeMigrate(sqlite, journal, file, options.beforeMigrate);
    const db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder });
    // A migration may toggle foreign_keys (drizzle-kit does so around table rebuilds).
    if (sqlite.pragma('foreign_keys', { simple: true }) !== 1) {
      throw new Error(`Foreign keys could not be enabled on ${file}`);
    }
    return {
      file,
      db,
      sqlite,
      startupCheck,
      schemaVersion: () => schemaVersion(sqlite, journal),
      close: () => {
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw asStoreError(error, file);
  }
}

function runBeforeMigrate(
  sqlite: Database.Database,
  journal: readonly JournalEntry[],
  file: string,
  beforeMigrate: BeforeMigrate | undefined,
): void {
  const { count, newest } = readApplied(sqlite);
  // A new file has nothing worth keeping; drizzle runs every migration newer than the newest applied.
  if (beforeMigrate === undefined || count === 0 || newest === null) return;
  const pending = journal.filter((entry) => entry.when > newest).length;
  if (pending === 0) return;
  try {
    beforeMigrate(sqlite, pending);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not back up ${file} before migrating it, so it was left as it was: ${message}`, { cause: error });
  }
}

/** busy_timeout is set before these, so they wait for another process's lock instead of failing. */
function applyPragmas(sqlite: Database.Database): void {
  const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') {
    throw new Error(`${sqlite.name} cannot use WAL journaling (got "${String(journalMode)}")`);
  }
  // With WAL, NORMAL cannot corrupt the file; a power cut may only lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
}

interface AppliedMigrations {
  count: number;
  newest: number | null;
}

function readApplied(sqlite: Database.Database): AppliedMigrations {
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
    .pluck()
    .get(MIGRATIONS_TABLE);
  if (hasTable === undefined) return { count: 0, newest: null };
  const row = sqlite
    .prepare(`select count(*) as count, max(created_at) as newest from "${MIGRATIONS_TABLE}"`)
    .get() as { count: number; newest: number | string | null };
  return { count: row.count, newest: row.newest === null ? null : Number(row.newest) };
}

/**
 * Drizzle's migrator silently skips a database that is ahead of the app's migrations. An
 * older build would then run against tables it does not know, so refuse instead.
 */
function assertNotNewerThanApp(
  sqlite: Database.Database,
  journal: readonly JournalEntry[],
  file: string,
): void {
  const { newest } = readApplied(sqlite);
  const latestKnown = Math.max(...journal.map((entry) => entry.when));
  if (newest !== null && newest > latestKnown) {
    throw new Error(
      `${file} was written by a newer version of Tradewind (schema from ${new Date(newest).toISOString()})`,
    );
  }
}

function schemaVersion(sqlite: Database.Database, journal: readonly JournalEntry[]): SchemaVersion {
  const { count, newest } = readApplied(sqlite);
  const tag = journal.find((entry) => entry.when === newest)?.tag ?? null;
  return { version: count, tag };
}
