import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrationsJournal } from './migrations-journal';
import { openStore, type Store } from './open-store';
import { REPO_MIGRATIONS_FOLDER } from './test-store';

const EXPECTED_TABLES = [
  'accounts',
  'audit_log',
  'backtest_runs',
  'backtest_trades',
  'balance_snapshots',
  'brackets',
  'candle_downloads',
  'candle_series',
  'candles',
  'daily_reports',
  'decisions',
  'deployment_params',
  'deployment_state',
  'deployment_trades',
  'deployments',
  'fills',
  'kill_switch',
  'notifications',
  'orders',
  'performance_metrics',
  'portfolio_snapshots',
  'positions',
  'risk_limits',
  'risk_locks',
  'settings',
  'strategies',
  'system_log',
  'trading_pairs',
  'trading_sessions',
  'vault',
  'web_sessions',
];

const tempDirs: string[] = [];
const openStores: Store[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-test-'));
  tempDirs.push(dir);
  return dir;
}

function open(file: string, migrationsFolder = REPO_MIGRATIONS_FOLDER): Store {
  const store = openStore({ file, migrationsFolder });
  openStores.push(store);
  return store;
}

function schemaObjects(store: Store): unknown[] {
  return store.sqlite
    .prepare("select type, name, tbl_name, sql from sqlite_master order by type, name")
    .all();
}

afterEach(() => {
  for (const store of openStores.splice(0)) store.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the parent folder and applies every migration to an empty file', () => {
    const file = path.join(tempDir(), 'nested', 'data', 'tradewind.db');
    const store = open(file);

    expect(fs.existsSync(file)).toBe(true);
    const tables = store.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .pluck()
      .all();
    expect(tables.sort()).toEqual([...EXPECTED_TABLES, '__drizzle_migrations'].sort());
  });

  it('sets WAL, foreign keys, busy timeout and synchronous NORMAL', () => {
    const store = open(path.join(tempDir(), 'tradewind.db'));

    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('reports the newest applied migration by its journal tag', () => {
    const store = open(path.join(tempDir(), 'tradewind.db'));
    const journal = readMigrationsJournal(REPO_MIGRATIONS_FOLDER);

    expect(store.schemaVersion()).toEqual({ version: journal.length, tag: journal.at(-1)?.tag });
    expect(store.schemaVersion()).toEqual({ version: 10, tag: '0009_session_bar_range' });
  });

  it('changes nothing when the same file is opened again', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    const first = open(file);
    const objectsBefore = schemaObjects(first);
    const versionBefore = first.schemaVersion();
    first.close();

    const second = open(file);

    expect(schemaObjects(second)).toEqual(objectsBefore);
    expect(second.schemaVersion()).toEqual(versionBefore);
    expect(second.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(
      versionBefore.version,
    );
  });

  it('opens through the injected openDatabase', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    const opened: string[] = [];
    const store = openStore({
      file,
      migrationsFolder: REPO_MIGRATIONS_FOLDER,
      openDatabase: (f) => {
        opened.push(f);
        return new Database(f);
      },
    });
    openStores.push(store);

    expect(opened).toEqual([file]);
    expect(store.sqlite.name).toBe(file);
  });

  it('refuses a missing migrations folder', () => {
    const dir = tempDir();
    const missing = path.join(dir, 'no-such-folder');

    expect(() => open(path.join(dir, 'tradewind.db'), missing)).toThrow(
      `Migrations folder not found: ${missing}`,
    );
  });

  it('refuses an empty migrations folder', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'drizzle');
    fs.mkdirSync(empty);

    expect(() => open(path.join(dir, 'tradewind.db'), empty)).toThrow(/No migrations in .*drizzle/);
  });

  it('refuses a journal that lists no migrations', () => {
    const dir = tempDir();
    const folder = path.join(dir, 'drizzle');
    fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
    fs.writeFileSync(
      path.join(folder, 'meta', '_journal.json'),
      JSON.stringify({ version: '7', dialect: 'sqlite', entries: [] }),
    );

    expect(() => open(path.join(dir, 'tradewind.db'), folder)).toThrow('the journal lists none');
  });

  it('refuses a database migrated by a newer version of the app', () => {
    const file = path.join(tempDir(), 'tradewind.db');
    const store = open(file);
    const newest = readMigrationsJournal(REPO_MIGRATIONS_FOLDER).at(-1)?.when ?? 0;
    store.sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('from-the-future', newest + 1);
    store.close();

    expect(() => open(file)).toThrow(/written by a newer version of Tradewind/);
  });
});
