import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../api/app-error';
import { createLogger, type LogRecord } from '../log/logger';
import { readMigrationsJournal } from '../store/migrations-journal';
import { openStore, type Store } from '../store/open-store';
import { REPO_MIGRATIONS_FOLDER } from '../store/test-store';
import { seedAccount } from '../store/test-seed';
import { createBackupService, type BackupService } from './backup-service';
import { RETENTION } from './backup-retention';

const HOUR = 60 * 60 * 1000;
const tempDirs: string[] = [];
const openStores: Store[] = [];

afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Fixture {
  dataDir: string;
  store: Store;
  service: BackupService;
  clock: { now: number };
  logs: LogRecord[];
}

function fixture(): Fixture {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-backup-'));
  tempDirs.push(dataDir);
  const store = openStore({ file: path.join(dataDir, 'tradewind.db'), migrationsFolder: REPO_MIGRATIONS_FOLDER });
  openStores.push(store);
  const clock = { now: Date.UTC(2024, 5, 15, 12) };
  const logs: LogRecord[] = [];
  const logger = createLogger([{ write: (record) => (logs.push(record), null) }]);
  const service = createBackupService({ dataDir, migrationsFolder: REPO_MIGRATIONS_FOLDER, logger, now: () => clock.now });
  return { dataDir, store, service, clock, logs };
}

function accountsIn(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select name from accounts order by id').pluck().all();
  } finally {
    db.close();
  }
}

/** Writes a file into the backups folder under a backup name, as if we had made it. */
function plantBackup(service: BackupService, name: string, write: (file: string) => void): string {
  fs.mkdirSync(service.folder, { recursive: true });
  write(path.join(service.folder, name));
  return name;
}

function expectRefused(action: () => unknown, code: AppError['code'], message: RegExp): void {
  let caught: unknown = null;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  expect((caught as AppError).message).toMatch(message);
}

describe('backup service: create and list', () => {
  it('copies the live database with the backup API, including commits still in the WAL', async () => {
    const { store, service, dataDir } = fixture();
    // No checkpoint: the new row exists only in tradewind.db-wal, so a copy of the main file would miss it.
    store.sqlite.pragma('wal_autocheckpoint = 0');
    seedAccount(store.sqlite, 'Only in the WAL');
    expect(fs.statSync(path.join(dataDir, 'tradewind.db-wal')).size).toBeGreaterThan(0);

    const info = await service.create(store.sqlite, 'manual');

    expect(info).toMatchObject({ id: 'tradewind-20240615T120000000Z-manual.db', reason: 'manual', createdAt: Date.UTC(2024, 5, 15, 12) });
    const file = path.join(service.folder, info.id);
    expect(info.sizeBytes).toBe(fs.statSync(file).size);
    expect(accountsIn(file)).toEqual(['Only in the WAL']);
    // Sealed in rollback-journal mode: reading it later leaves no -wal/-shm behind.
    expect(fs.readFileSync(file)[18]).toBe(1);
    expect(fs.readdirSync(service.folder)).toEqual([info.id]);
  });

  it('makes the same copy synchronously with VACUUM INTO', () => {
    const { store, service } = fixture();
    seedAccount(store.sqlite, 'Synchronous');

    const info = service.createSync(store.sqlite, 'pre-migration');

    expect(info.reason).toBe('pre-migration');
    expect(accountsIn(path.join(service.folder, info.id))).toEqual(['Synchronous']);
    expect(service.verify(info.id)).toEqual(info);
  });

  it('lists backups newest first and ignores every other file', async () => {
    const { store, service, clock } = fixture();
    const first = await service.create(store.sqlite, 'manual');
    clock.now += HOUR;
    const second = await service.create(store.sqlite, 'scheduled');
    for (const stray of ['notes.txt', 'tradewind.db', '.partial-x.db', 'tradewind-20240101T000000000Z-bogus.db']) {
      fs.writeFileSync(path.join(service.folder, stray), 'x');
    }
    fs.mkdirSync(path.join(service.folder, 'tradewind-20240101T000000000Z-manual.db'));

    expect(service.list()).toEqual([second, first]);
  });

  it('gives two backups in the same millisecond two names', async () => {
    const { store, service } = fixture();

    const [a, b] = await Promise.all([service.create(store.sqlite, 'manual'), service.create(store.sqlite, 'manual')]);

    expect(a.id).not.toBe(b.id);
    expect(service.list()).toHaveLength(2);
  });

  it('logs each backup', async () => {
    const { store, service, logs } = fixture();

    const info = await service.create(store.sqlite, 'manual');

    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'info', module: 'backup', message: 'Backup created', context: expect.objectContaining({ id: info.id }) as unknown }),
    );
  });

  it('refuses to keep a copy of a damaged live database, and leaves no file behind', async () => {
    const { store, service, dataDir } = fixture();
    store.sqlite.prepare("insert into candle_series (id, exchange, symbol, interval) values (1, 'binance', 'BTCUSDT', '1m')").run();
    const insert = store.sqlite.prepare('insert into candles values (1, ?, 1, 1, 1, 1, 1, ?, 1, 1, 1, 1)');
    store.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(i * 60_000, i * 60_000 + 59_999);
    })();
    const rootPage = store.sqlite.prepare("select rootpage from sqlite_master where name = 'candles'").pluck().get() as number;
    store.close();
    const fd = fs.openSync(store.file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (rootPage - 1) * 4096);
    fs.closeSync(fd);
    // A big file's startup check skips candles, so this opens; the next backup must catch it.
    const damaged = openStore({ file: path.join(dataDir, 'tradewind.db'), migrationsFolder: REPO_MIGRATIONS_FOLDER, fullCheckMaxBytes: 0 });
    openStores.push(damaged);

    await expect(service.create(damaged.sqlite, 'scheduled')).rejects.toThrow(/live database is probably damaged/);
    expect(fs.readdirSync(service.folder)).toEqual([]);
  });

  it('prunes by the retention rule on a schedule-like run of many backups', async () => {
    const { store, service, clock } = fixture();
    const start = clock.now;
    // Every 6 hours for 40 days, plus one pre-migration backup 10 days in.
    for (let i = 0; i < 40 * 4; i++) {
      await service.create(store.sqlite, i === 40 ? 'pre-migration' : 'scheduled');
      clock.now += 6 * HOUR;
    }
    clock.now -= 6 * HOUR;

    const backups = service.list();
    const onDisk = fs.readdirSync(service.folder).filter((name) => !name.startsWith('.'));

    expect(onDisk.sort()).toEqual(backups.map((b) => b.id).sort());
    expect(backups.length).toBeLessThanOrEqual(RETENTION.total);
    // The run ends at 06:00 UTC: the 4 of the last 24 hours cover today and yesterday, then one
    // per day for the 12 days before (14 UTC days in all), then the pre-migration one (30 days).
    expect(new Date(clock.now).toISOString()).toBe('2024-07-25T06:00:00.000Z');
    expect(backups.filter((b) => clock.now - b.createdAt < 24 * HOUR)).toHaveLength(4);
    const daily = backups.filter((b) => clock.now - b.createdAt >= 24 * HOUR && b.reason === 'scheduled');
    expect(daily.map((b) => new Date(b.createdAt).toISOString())).toEqual(
      Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2024, 6, 23 - i, 18)).toISOString()),
    );
    expect(backups).toHaveLength(4 + 12 + 1);
    expect(backups.find((b) => b.reason === 'pre-migration')?.createdAt).toBe(start + 40 * 6 * HOUR);
  });
});

describe('backup service: verify', () => {
  it('accepts a good backup', async () => {
    const { store, service } = fixture();
    const info = await service.create(store.sqlite, 'manual');

    expect(service.verify(info.id)).toEqual(info);
  });

  it.each(['../tradewind.db', '../backups/tradewind-20240615T120000000Z-manual.db', 'tradewind-20240615T120000000Z-manual.db/..', '/etc/passwd', 'tradewind-20240615T120000000Z-manual.db\0'])(
    'refuses the id %j',
    (id) => {
      const { service } = fixture();
      expectRefused(() => service.verify(id), 'BAD_INPUT', /Not a backup made by Tradewind/);
    },
  );

  it('refuses a backup that does not exist', () => {
    const { service } = fixture();
    expectRefused(() => service.verify('tradewind-20240615T120000000Z-manual.db'), 'NOT_FOUND', /No backup named/);
  });

  it('refuses a truncated backup', async () => {
    const { store, service } = fixture();
    for (let i = 0; i < 200; i++) seedAccount(store.sqlite, `account ${i} ${'x'.repeat(200)}`);
    const info = await service.create(store.sqlite, 'manual');
    const file = path.join(service.folder, info.id);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));

    expectRefused(() => service.verify(info.id), 'CONFLICT', /is damaged|cannot be read|malformed/);
  });

  it('refuses a backup with a page scribbled over', async () => {
    const { store, service } = fixture();
    for (let i = 0; i < 200; i++) seedAccount(store.sqlite, `account ${i} ${'x'.repeat(200)}`);
    const info = await service.create(store.sqlite, 'manual');
    const file = path.join(service.folder, info.id);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * Math.floor(fs.statSync(file).size / 4096 / 2));
    fs.closeSync(fd);

    expectRefused(() => service.verify(info.id), 'CONFLICT', /Backup .* (is damaged|cannot be read)/);
  });

  it('refuses a file that is not SQLite', () => {
    const { service } = fixture();
    const id = plantBackup(service, 'tradewind-20240615T120000000Z-manual.db', (file) => fs.writeFileSync(file, 'x'.repeat(8192)));

    expectRefused(() => service.verify(id), 'CONFLICT', /cannot be read: file is not a database/);
  });

  it('refuses an SQLite database that is not a Tradewind one', () => {
    const { service } = fixture();
    const id = plantBackup(service, 'tradewind-20240615T120000000Z-manual.db', (file) => {
      const db = new Database(file);
      db.exec('create table recipes (name text)');
      db.close();
    });

    expectRefused(() => service.verify(id), 'CONFLICT', /is not a Tradewind database/);
  });

  it('refuses a backup written by a newer version of Tradewind', async () => {
    const { store, service } = fixture();
    const newest = Math.max(...readMigrationsJournal(REPO_MIGRATIONS_FOLDER).map((entry) => entry.when));
    const info = await service.create(store.sqlite, 'manual');
    const db = new Database(path.join(service.folder, info.id));
    db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', newest + 1);
    db.close();

    expectRefused(() => service.verify(info.id), 'CONFLICT', /written by a newer version of Tradewind/);
  });

  it('finds the latest good backup, skipping damaged ones', async () => {
    const { store, service, clock } = fixture();
    const good = await service.create(store.sqlite, 'manual');
    clock.now += HOUR;
    const damaged = await service.create(store.sqlite, 'manual');
    fs.writeFileSync(path.join(service.folder, damaged.id), 'garbage');

    expect(service.latestGood()).toEqual(good);
  });

  it('has no latest good backup in an empty folder', () => {
    const { service } = fixture();
    expect(service.list()).toEqual([]);
    expect(service.latestGood()).toBeNull();
  });
});
