import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger';
import { openStore, type Store } from '../store/open-store';
import { REPO_MIGRATIONS_FOLDER } from '../store/test-store';
import { seedAccount } from '../store/test-seed';
import { createBackupService, type BackupServiceOptions } from './backup-service';
import { RETENTION } from './backup-retention';

const HOUR = 60 * 60 * 1000;
const tempDirs: string[] = [];
const openStores: Store[] = [];

afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataFolder(): { dataDir: string; file: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-restore-'));
  tempDirs.push(dataDir);
  return { dataDir, file: path.join(dataDir, 'tradewind.db') };
}

function open(file: string): Store {
  const store = openStore({ file, migrationsFolder: REPO_MIGRATIONS_FOLDER });
  openStores.push(store);
  return store;
}

function service(dataDir: string, extra: Partial<BackupServiceOptions> = {}) {
  const clock = { now: Date.UTC(2024, 5, 15, 12) };
  const backups = createBackupService({
    dataDir,
    migrationsFolder: REPO_MIGRATIONS_FOLDER,
    logger: createLogger([]),
    now: () => clock.now,
    ...extra,
  });
  return { backups, clock };
}

const accountNames = (store: Store): unknown[] => store.sqlite.prepare('select name from accounts order by id').pluck().all();

describe('restoring a backup', () => {
  it('round trip: data A, backup, data B, swap in, reopen: A is back and B is kept aside', async () => {
    const { dataDir, file } = dataFolder();
    const { backups, clock } = service(dataDir);
    const store = open(file);
    seedAccount(store.sqlite, 'A');
    const backupOfA = await backups.create(store.sqlite, 'manual');
    store.sqlite.prepare("update accounts set name = 'B' where name = 'A'").run();
    seedAccount(store.sqlite, 'B2');
    clock.now += HOUR;
    store.close();

    const result = backups.swapIn(backupOfA.id, file);

    expect(result.restoredFrom).toEqual(backupOfA);
    expect(result.keptAside).toBe(path.join(dataDir, 'replaced', 'tradewind-20240615T130000000Z-before-restore.db'));
    const reopened = open(file);
    expect(accountNames(reopened)).toEqual(['A']);
    expect(reopened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const keptAside = open(result.keptAside ?? '');
    expect(accountNames(keptAside)).toEqual(['B', 'B2']);
    // The backup itself is still there, unchanged, for another restore.
    expect(backups.verify(backupOfA.id)).toEqual(backupOfA);
  });

  it('moves the WAL and every other side file aside with the database', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir);
    const store = open(file);
    const backup = await backups.create(store.sqlite, 'manual');
    store.close();
    // As left by a crash: a WAL and a rollback journal that must not be replayed into the restored file.
    fs.writeFileSync(`${file}-wal`, 'stale wal');
    fs.writeFileSync(`${file}-journal`, 'stale journal');

    const { keptAside } = backups.swapIn(backup.id, file);

    expect(fs.readFileSync(`${keptAside}-wal`, 'utf8')).toBe('stale wal');
    expect(fs.readFileSync(`${keptAside}-journal`, 'utf8')).toBe('stale journal');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(open(file).schemaVersion().version).toBeGreaterThan(0);
  });

  it('puts the old database back when copying the backup in fails', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir, {
      copyFile: (_from, to) => {
        fs.writeFileSync(to, 'half a copy');
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    const store = open(file);
    seedAccount(store.sqlite, 'Current');
    const backup = await backups.create(store.sqlite, 'manual');
    store.close();
    const before = fs.readFileSync(file);

    expect(() => backups.swapIn(backup.id, file)).toThrow(/The restore failed and .*tradewind\.db was put back as it was: ENOSPC/);

    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['backups', 'replaced', 'tradewind.db']);
    expect(fs.readdirSync(path.join(dataDir, 'replaced'))).toEqual([]);
    expect(accountNames(open(file))).toEqual(['Current']);
  });

  it('refuses a damaged backup before touching the live database', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir);
    const store = open(file);
    const backup = await backups.create(store.sqlite, 'manual');
    store.close();
    fs.writeFileSync(path.join(backups.folder, backup.id), 'not a database any more');
    const before = fs.readFileSync(file);

    expect(() => backups.swapIn(backup.id, file)).toThrow(/cannot be read/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'replaced'))).toBe(false);
  });

  it('recovers from a corrupt live database: it is kept aside, the latest good backup goes in', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir);
    const store = open(file);
    seedAccount(store.sqlite, 'Saved');
    await backups.create(store.sqlite, 'scheduled');
    store.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('garbage garbage garbage!'), 0, 24, 0);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(file);
    expect(() => open(file)).toThrow(/not a readable SQLite database/);

    const latest = backups.latestGood();
    const { keptAside } = backups.swapIn(latest?.id ?? '', file);

    expect(accountNames(open(file))).toEqual(['Saved']);
    expect(fs.readFileSync(keptAside ?? '').equals(damaged)).toBe(true);
  });

  it('restores into a data folder whose database is missing', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir);
    const store = open(file);
    seedAccount(store.sqlite, 'Back again');
    const backup = await backups.create(store.sqlite, 'manual');
    store.close();
    fs.rmSync(file);

    expect(backups.swapIn(backup.id, file).keptAside).toBeNull();
    expect(accountNames(open(file))).toEqual(['Back again']);
  });

  it('prepares a restore: checks the backup and takes a pre-restore one that retention cannot use to drop it', async () => {
    const { dataDir, file } = dataFolder();
    const { backups, clock } = service(dataDir);
    const store = open(file);
    seedAccount(store.sqlite, 'Old');
    const oldest = await backups.create(store.sqlite, 'pre-migration');
    for (let i = 1; i < RETENTION.total; i++) {
      clock.now += HOUR;
      await backups.create(store.sqlite, 'pre-migration');
    }
    expect(backups.list()).toHaveLength(RETENTION.total);
    clock.now += HOUR;

    const { backup, preRestore } = await backups.prepareRestore(store.sqlite, oldest.id);

    expect(backup).toEqual(oldest);
    expect(preRestore.reason).toBe('pre-restore');
    const ids = backups.list().map((b) => b.id);
    expect(ids).toHaveLength(RETENTION.total);
    expect(ids).toContain(oldest.id);
    expect(ids).toContain(preRestore.id);
  });

  it('leaves the backup file itself readable by anyone later (no -wal or -shm beside it)', async () => {
    const { dataDir, file } = dataFolder();
    const { backups } = service(dataDir);
    const store = open(file);
    const backup = await backups.create(store.sqlite, 'manual');
    backups.verify(backup.id);
    const db = new Database(path.join(backups.folder, backup.id), { readonly: true });
    db.prepare('select count(*) from accounts').get();
    db.close();

    expect(fs.readdirSync(backups.folder)).toEqual([backup.id]);
  });
});
