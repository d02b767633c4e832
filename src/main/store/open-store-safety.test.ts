import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupService, preMigrationBackup } from '../backup/backup-service';
import { createLogger } from '../log/logger';
import { openStore, StoreUnreadableError, type Store } from './open-store';
import { REPO_MIGRATIONS_FOLDER } from './test-store';
import { seedAccount, seedLogLine } from './test-seed';

const tempDirs: string[] = [];
const openStores: Store[] = [];
const logger = createLogger([]);

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-safety-'));
  tempDirs.push(dir);
  return dir;
}

function open(file: string, extra: Partial<Parameters<typeof openStore>[0]> = {}): Store {
  const store = openStore({ file, migrationsFolder: REPO_MIGRATIONS_FOLDER, ...extra });
  openStores.push(store);
  return store;
}

afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A closed database with an account and enough log lines that the file's middle is table data. */
function databaseWithRows(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'tradewind.db');
  const store = open(file);
  seedAccount(store.sqlite, 'Main');
  const insert = store.sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) seedLogLine(store.sqlite, 1_700_000_000_000 + i, `line ${i} ${'x'.repeat(80)}`);
  });
  insert();
  store.close();
  return { dir, file };
}

function pageSize(file: string): number {
  const header = fs.readFileSync(file).subarray(16, 18);
  const size = header.readUInt16BE(0);
  return size === 1 ? 65536 : size;
}

/** Overwrites one page, keeping the header intact, with a pattern no b-tree page can have. */
function scribbleOverPage(file: string, page: number): void {
  const size = pageSize(file);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, (page - 1) * size);
  fs.closeSync(fd);
}

function middlePage(file: string): number {
  return Math.floor(fs.statSync(file).size / pageSize(file) / 2);
}

function expectUnreadable(action: () => unknown, kind: StoreUnreadableError['kind']): StoreUnreadableError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreUnreadableError);
    const unreadable = error as StoreUnreadableError;
    expect(unreadable.kind).toBe(kind);
    return unreadable;
  }
  throw new Error('openStore did not throw');
}

describe('openStore with a damaged file', () => {
  it('explains a file whose header was overwritten, and leaves it exactly as it was', () => {
    const { dir, file } = databaseWithRows();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('this is not SQLite, sorry'), 0, 25, 0);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);

    const error = expectUnreadable(() => open(file), 'not-a-database');

    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not a readable SQLite database/);
    expect(error.message).toMatch(/restore the latest good backup/i);
    expect(error.message).toMatch(/tradewind backup restore --latest/);
    expect(error.cause).toBeDefined();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['tradewind.db']);
  });

  it('finds a page scribbled over in the middle of the file, and leaves the file as it was', () => {
    const { dir, file } = databaseWithRows();
    scribbleOverPage(file, middlePage(file));
    const before = fs.readFileSync(file);

    const error = expectUnreadable(() => open(file), 'corrupt');

    expect(error.message).toMatch(/is damaged/);
    expect(error.message).toMatch(/restore the latest good backup/i);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['tradewind.db']);
  });

  it('finds the same damage with the table-by-table check used for big files', () => {
    const { file } = databaseWithRows();
    scribbleOverPage(file, middlePage(file));

    expectUnreadable(() => open(file, { fullCheckMaxBytes: 0 }), 'corrupt');
  });

  it('reports which check ran: full for a small file, partial above the limit', () => {
    const { file } = databaseWithRows();

    expect(open(file).startupCheck).toBe('full');
    openStores.splice(0).forEach((store) => store.close());
    expect(open(file, { fullCheckMaxBytes: 0 }).startupCheck).toBe('partial');
    expect(open(path.join(tempDir(), 'new.db')).startupCheck).toBe('new-file');
  });

  it('enforces CHECK constraints again after the startup check skipped them', () => {
    const { file } = databaseWithRows();

    const store = open(file);

    expect(store.startupCheck).toBe('full');
    expect(store.sqlite.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    expect(() =>
      store.sqlite.prepare("insert into system_log (ts, level, module, message) values (1, 'loud', 'test', 'x')").run(),
    ).toThrow(/CHECK constraint failed: system_log_level_enum/);
  });

  it('refuses a file that is not a database at all', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    fs.writeFileSync(file, 'date,amount\n2024-01-01,5\n'.repeat(200));
    const before = fs.readFileSync(file);

    expectUnreadable(() => open(file), 'not-a-database');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('explains a database path that cannot be opened (a folder)', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    fs.mkdirSync(file);

    const error = expectUnreadable(() => open(file), 'cannot-open');
    expect(error.message).toMatch(/cannot be opened/);
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });

  it('still opens an empty (zero-byte) file as a new database', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    fs.writeFileSync(file, '');

    expect(open(file).schemaVersion().version).toBeGreaterThan(0);
  });
});

/** The repository's migrations plus one trivial extra one, as a newer app would ship them. */
function migrationsWithOneMore(): string {
  const folder = path.join(tempDir(), 'drizzle-next');
  fs.cpSync(REPO_MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ idx: number; when: number; tag: string }> };
  const last = journal.entries.at(-1);
  if (last === undefined) throw new Error('empty journal');
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '0099_extra' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, '0099_extra.sql'), 'CREATE TABLE `extra_test` (`id` integer);\n');
  return folder;
}

describe('openStore before a migration', () => {
  function backupsOf(dataDir: string, migrationsFolder: string) {
    return createBackupService({ dataDir, migrationsFolder, logger });
  }

  it('takes a pre-migration backup of an existing database that has a migration pending', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'tradewind.db');
    const current = open(file);
    seedAccount(current.sqlite, 'Before the upgrade');
    const versionBefore = current.schemaVersion().version;
    current.close();
    const nextMigrations = migrationsWithOneMore();
    const backups = backupsOf(dataDir, nextMigrations);
    const pendingSeen: number[] = [];

    const upgraded = open(file, {
      migrationsFolder: nextMigrations,
      beforeMigrate: (sqlite, pending) => {
        pendingSeen.push(pending);
        preMigrationBackup(backups)(sqlite, pending);
      },
    });

    expect(pendingSeen).toEqual([1]);
    expect(upgraded.schemaVersion().version).toBe(versionBefore + 1);
    const [backup, ...others] = backups.list();
    expect(others).toEqual([]);
    expect(backup?.reason).toBe('pre-migration');
    // The backup is the database as it was: old schema, same rows.
    const copy = new Database(path.join(backups.folder, backup?.id ?? ''), { readonly: true });
    try {
      expect(copy.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(versionBefore);
      expect(copy.prepare("select 1 from sqlite_master where name = 'extra_test'").get()).toBeUndefined();
      expect(copy.prepare('select name from accounts').pluck().all()).toEqual(['Before the upgrade']);
    } finally {
      copy.close();
    }
    expect(backups.verify(backup?.id ?? '')).toEqual(backup);
  });

  it('takes none for a new file, nor when nothing is pending', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'tradewind.db');
    const calls: number[] = [];
    const beforeMigrate = (_sqlite: unknown, pending: number) => {
      calls.push(pending);
    };

    open(file, { migrationsFolder: migrationsWithOneMore(), beforeMigrate }).close();
    open(file, { migrationsFolder: migrationsWithOneMore(), beforeMigrate }).close();

    expect(calls).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('leaves the database unmigrated when the backup fails', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    const versionBefore = open(file).schemaVersion().version;
    openStores.splice(0).forEach((store) => store.close());
    const nextMigrations = migrationsWithOneMore();

    expect(() =>
      open(file, {
        migrationsFolder: nextMigrations,
        beforeMigrate: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow(/Could not back up .* before migrating it, so it was left as it was: disk full/);
    expect(open(file).schemaVersion().version).toBe(versionBefore);
  });
});
