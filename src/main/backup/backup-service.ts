import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BACKUP_ID_PATTERN, type BackupInfo, type BackupReason } from '../../shared/schemas/backup';
import { AppError } from '../api/app-error';
import { type Logger } from '../log/logger';
import { readMigrationsJournal } from '../store/migrations-journal';
import { type BeforeMigrate, type OpenDatabase } from '../store/open-store';
import { assertUsableBackup, openWithBetterSqlite, sealNewBackup } from './backup-check';
import { backupId, parseBackupId } from './backup-names';
import { applyRetention, RETENTION_RULE } from './backup-retention';
import { swapInFile } from './backup-swap';

export const BACKUPS_FOLDER = 'backups';
export const REPLACED_FOLDER = 'replaced';

export interface BackupServiceOptions {
  readonly dataDir: string;
  /** The app's migrations: a backup from a newer schema than these is refused. */
  readonly migrationsFolder: string;
  readonly logger: Logger;
  readonly now?: () => number;
  /** The Electron shell's better-sqlite3 build; it must honour the options it is given. */
  readonly openDatabase?: OpenDatabase;
  /** Seam for tests that prove a failed restore puts the old file back. */
  readonly copyFile?: (from: string, to: string) => void;
}

export interface CreateOptions {
  /** Backups the retention run after this one must not remove (the one a restore will use). */
  readonly protect?: readonly string[];
}

export interface RestoreResult {
  readonly restoredFrom: BackupInfo;
  /** Where the replaced database went, or null when there was none. */
  readonly keptAside: string | null;
}

export interface BackupService {
  readonly folder: string;
  readonly retentionRule: string;
  /** Backups in the folder, newest first; files not named by this service are ignored. */
  list(): BackupInfo[];
  /** An online copy through SQLite's backup API, checked, then retention applied. */
  create(source: Database.Database, reason: BackupReason, options?: CreateOptions): Promise<BackupInfo>;
  /** The same through `VACUUM INTO`, for the one caller that must stay synchronous: openStore. */
  createSync(source: Database.Database, reason: BackupReason, options?: CreateOptions): BackupInfo;
  /** Throws AppError (BAD_INPUT, NOT_FOUND, CONFLICT) unless the backup can be restored. */
  verify(id: string): BackupInfo;
  /** The newest backup that passes `verify`, or null. */
  latestGood(): BackupInfo | null;
  /** Restore, step 1, with the live database still open: check the backup, take a pre-restore one. */
  prepareRestore(source: Database.Database, id: string): Promise<{ backup: BackupInfo; preRestore: BackupInfo }>;
  /** Restore, step 2, after the caller CLOSED the live database: put the backup in its place. */
  swapIn(id: string, databaseFile: string): RestoreResult;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { dataDir, logger } = options;
  const now = options.now ?? Date.now;
  const openDatabase = options.openDatabase ?? openWithBetterSqlite;
  const journal = readMigrationsJournal(options.migrationsFolder);
  const folder = path.resolve(dataDir, BACKUPS_FOLDER);
  const log = logger.child('backup');
  const reserved = new Set<string>();

  function infoOf(id: string, file: string): BackupInfo {
    const parsed = parseBackupId(id);
    if (parsed === null) throw new AppError('BAD_INPUT', `Not a backup made by Tradewind: "${id}"`);
    return { id, createdAt: parsed.createdAt, reason: parsed.reason, sizeBytes: fs.statSync(file).size };
  }

  function list(): BackupInfo[] {
    if (!fs.existsSync(folder)) return [];
    const backups: BackupInfo[] = [];
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile() || parseBackupId(entry.name) === null) continue;
      try {
        backups.push(infoOf(entry.name, path.join(folder, entry.name)));
      } catch (error) {
        // Removed by a retention run between readdir and stat: it is simply gone.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return backups.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  }

  /** The file of a backup id, refusing anything that is not one of our names inside the folder. */
  function fileOf(id: string): string {
    if (!BACKUP_ID_PATTERN.test(id) || parseBackupId(id) === null) {
      throw new AppError('BAD_INPUT', `Not a backup made by Tradewind: "${id}"`);
    }
    const file = path.resolve(folder, id);
    if (path.dirname(file) !== folder) throw new AppError('BAD_INPUT', `Not a backup made by Tradewind: "${id}"`);
    return file;
  }

  function verify(id: string): BackupInfo {
    const file = fileOf(id);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stat === undefined) throw new AppError('NOT_FOUND', `No backup named ${id} in ${folder}`);
    if (!stat.isFile()) throw new AppError('CONFLICT', `Backup ${id} is not a regular file`);
    assertUsableBackup(file, id, journal, openDatabase);
    return infoOf(id, file);
  }

  function reserveId(reason: BackupReason): string {
    // Two backups in the same millisecond get consecutive stamps rather than one name.
    for (let createdAt = now(); ; createdAt++) {
      const id = backupId(createdAt, reason);
      if (!reserved.has(id) && !fs.existsSync(path.join(folder, id))) {
        reserved.add(id);
        return id;
      }
    }
  }

  function prune(protect: readonly string[]): void {
    try {
      const { remove } = applyRetention(list(), now(), new Set(protect));
      for (const backup of remove) fs.rmSync(path.join(folder, backup.id), { force: true });
      if (remove.length > 0) log.info('Old backups removed by the retention rule', { removed: remove.map((b) => b.id) });
    } catch (error) {
      // The new backup is in place; a file that could not be removed is retried next time.
      log.warn('Applying the backup retention rule failed', { error: messageOf(error) });
    }
  }

  function begin(reason: BackupReason): { id: string; temp: string } {
    fs.mkdirSync(folder, { recursive: true });
    const id = reserveId(reason);
    // A dot name never matches BACKUP_ID_PATTERN, so list() cannot see a half-written copy.
    const temp = path.join(folder, `.partial-${id}`);
    fs.rmSync(temp, { force: true });
    return { id, temp };
  }

  /** Checks the copy, moves it into place under its id, then applies retention. */
  function finish(id: string, temp: string, reason: BackupReason, startedAt: number, protect: readonly string[]): BackupInfo {
    sealNewBackup(temp, openDatabase);
    const file = path.join(folder, id);
    fs.renameSync(temp, file);
    const info = infoOf(id, file);
    log.info('Backup created', { id, reason, sizeBytes: info.sizeBytes, ms: Date.now() - startedAt });
    prune([id, ...protect]);
    return info;
  }

  function abandon(temp: string, reason: BackupReason, error: unknown): never {
    fs.rmSync(temp, { force: true });
    log.error('Backup failed', { reason, error: messageOf(error) });
    throw error;
  }

  async function create(source: Database.Database, reason: BackupReason, createOptions: CreateOptions = {}): Promise<BackupInfo> {
    const startedAt = Date.now();
    const { id, temp } = begin(reason);
    try {
      await source.backup(temp);
      return finish(id, temp, reason, startedAt, createOptions.protect ?? []);
    } catch (error) {
      return abandon(temp, reason, error);
    } finally {
      reserved.delete(id);
    }
  }

  function createSync(source: Database.Database, reason: BackupReason, createOptions: CreateOptions = {}): BackupInfo {
    const startedAt = Date.now();
    const { id, temp } = begin(reason);
    try {
      // An online, consistent copy written by SQLite itself (never a copy of the live file).
      source.prepare('VACUUM INTO ?').run(temp);
      return finish(id, temp, reason, startedAt, createOptions.protect ?? []);
    } catch (error) {
      return abandon(temp, reason, error);
    } finally {
      reserved.delete(id);
    }
  }

  function latestGood(): BackupInfo | null {
    for (const backup of list()) {
      try {
        return verify(backup.id);
      } catch (error) {
        log.warn('Backup skipped: it cannot be restored', {
          id: backup.id,
          error: messageOf(error),
        });
      }
    }
    return null;
  }

  async function prepareRestore(source: Database.Database, id: string): Promise<{ backup: BackupInfo; preRestore: BackupInfo }> {
    const backup = verify(id);
    const preRestore = await create(source, 'pre-restore', { protect: [id] });
    return { backup, preRestore };
  }

  function swapIn(id: string, databaseFile: string): RestoreResult {
    const restoredFrom = verify(id);
    const keptAside = swapInFile({
      backupFile: fileOf(id),
      databaseFile,
      replacedFolder: path.join(dataDir, REPLACED_FOLDER),
      now: now(),
      copyFile: options.copyFile ?? ((from, to) => fs.copyFileSync(from, to)),
    });
    log.info('Backup restored', { id, keptAside });
    return { restoredFrom, keptAside };
  }

  return { folder, retentionRule: RETENTION_RULE, list, create, createSync, verify, latestGood, prepareRestore, swapIn };
}

/** The `beforeMigrate` hook for openStore: a pre-migration backup, made synchronously. */
export function preMigrationBackup(service: BackupService): BeforeMigrate {
  return (sqlite) => {
    service.createSync(sqlite, 'pre-migration');
  };
}
