import { AppError } from '../../api/app-error';
import { createBackupService, preMigrationBackup, type BackupService } from '../../backup/backup-service';
import { databaseFile } from '../../config/data-dir';
import { findMigrationsDir } from '../../config/project-paths';
import { createConsoleSink } from '../../log/console-sink';
import { createLogger, type Logger } from '../../log/logger';
import { openStore, type Store } from '../../store/open-store';
import { UsageError, type Command } from '../command';

/** A command that takes positional arguments (run-cli checks for this flag). */
export interface PositionalCommand extends Command {
  readonly allowPositionals: true;
}

export interface CliData {
  readonly logger: Logger;
  readonly backups: BackupService;
  readonly migrationsFolder: string;
}

/** What the data commands share: warnings on stderr, stdout left to the command's output. */
export function cliData(dataDir: string): CliData {
  const logger = createLogger([createConsoleSink('warn')], 'cli');
  const migrationsFolder = findMigrationsDir();
  return { logger, migrationsFolder, backups: createBackupService({ dataDir, migrationsFolder, logger }) };
}

/** The store, opened directly (not through the app), with a backup before any migration. */
export function openCliStore(dataDir: string, data: CliData): Store {
  return openStore({
    file: databaseFile(dataDir),
    migrationsFolder: data.migrationsFolder,
    beforeMigrate: preMigrationBackup(data.backups),
  });
}

/** Bad input found by a service (an unknown id, a malformed range) is bad input to the CLI too. */
export function asUsageError(error: unknown): unknown {
  if (error instanceof AppError && (error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND')) {
    return new UsageError(error.message);
  }
  return error;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
