import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, tempDataDirs } from '../../../../test-support/cli-runner';
import { openStore } from '../../store/open-store';
import { REPO_MIGRATIONS_FOLDER } from '../../store/test-store';
import { seedAccount, seedFill, seedOrder } from '../../store/test-seed';
import { parseDateFlag } from './export';

// These tests drive the data commands only; `info` builds the whole app, which is tested
// in run-cli.test.ts, so it is kept out of this file's module graph.
vi.mock('./info', () => ({ infoCommand: { name: 'info', summary: '', usage: '', options: {}, run: () => Promise.resolve() } }));

const dataDir = tempDataDirs('tradewind-cli-data-');

async function cliJson<T>(...argv: string[]): Promise<T> {
  const { code, out, err } = await cli(...argv, '--json');
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as T;
}

/** Runs SQL against the data folder's database the way the app would (open, migrate, close). */
function withDatabase<T>(dir: string, work: (sqlite: ReturnType<typeof openStore>['sqlite']) => T): T {
  const store = openStore({ file: path.join(dir, 'tradewind.db'), migrationsFolder: REPO_MIGRATIONS_FOLDER });
  try {
    return work(store.sqlite);
  } finally {
    store.close();
  }
}

const accountNames = (dir: string): unknown[] => withDatabase(dir, (sqlite) => sqlite.prepare('select name from accounts order by id').pluck().all());

interface BackupJson {
  id: string;
  reason: string;
}

describe('tradewind backup', () => {
  it('lists nothing in a new folder, with the retention rule', async () => {
    const dir = dataDir();

    const listed = await cliJson<{ folder: string; backups: unknown[]; retention: string }>('backup', 'list', '--data-dir', dir);

    expect(listed).toEqual({ folder: path.join(dir, 'backups'), backups: [], retention: expect.stringMatching(/never more than 30/) as unknown });
  });

  it('creates, lists and restores a backup: the round trip', async () => {
    const dir = dataDir();
    withDatabase(dir, (sqlite) => seedAccount(sqlite, 'A'));

    const created = await cliJson<BackupJson>('backup', 'create', '--data-dir', dir);
    expect(created.reason).toBe('manual');
    const listed = await cliJson<{ backups: BackupJson[] }>('backup', 'list', '--data-dir', dir);
    expect(listed.backups).toEqual([created]);

    withDatabase(dir, (sqlite) => sqlite.prepare("update accounts set name = 'B'").run());
    const restored = await cliJson<{ restoredFrom: BackupJson; keptAside: string }>('backup', 'restore', created.id, '--data-dir', dir);

    expect(restored.restoredFrom).toEqual(created);
    expect(path.dirname(restored.keptAside)).toBe(path.join(dir, 'replaced'));
    expect(accountNames(dir)).toEqual(['A']);
    expect(fs.existsSync(path.join(dir, 'tradewind.lock'))).toBe(false);
  });

  it('restores the latest good backup over a corrupt database without opening it', async () => {
    const dir = dataDir();
    withDatabase(dir, (sqlite) => seedAccount(sqlite, 'Saved'));
    await cliJson('backup', 'create', '--data-dir', dir);
    const file = path.join(dir, 'tradewind.db');
    fs.writeFileSync(file, 'definitely not a database'.repeat(100));
    const damaged = fs.readFileSync(file);
    const refused = await cli('backup', 'create', '--data-dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/not a readable SQLite database.*backup restore --latest/);

    const { code, out } = await cli('backup', 'restore', '--latest', '--data-dir', dir);

    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/restored tradewind-.*-manual\.db/);
    expect(out.join('\n')).toMatch(/the replaced database is kept at .*replaced/);
    expect(accountNames(dir)).toEqual(['Saved']);
    const [keptAside] = fs.readdirSync(path.join(dir, 'replaced'));
    expect(fs.readFileSync(path.join(dir, 'replaced', keptAside ?? '')).equals(damaged)).toBe(true);
  });

  it('refuses to restore while a shell holds the data folder, and changes nothing', async () => {
    const dir = dataDir();
    withDatabase(dir, (sqlite) => seedAccount(sqlite, 'Live'));
    const created = await cliJson<BackupJson>('backup', 'create', '--data-dir', dir);
    // The test runner's parent process is alive and is not us: it stands in for a running app.
    fs.writeFileSync(path.join(dir, 'tradewind.lock'), JSON.stringify({ pid: process.ppid, shell: 'desktop', startedAt: Date.now() }));
    const before = fs.readFileSync(path.join(dir, 'tradewind.db'));

    const { code, err } = await cli('backup', 'restore', created.id, '--data-dir', dir);

    expect(code).toBe(1);
    expect(err[0]).toMatch(/in use by the desktop shell/);
    expect(fs.readFileSync(path.join(dir, 'tradewind.db')).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'replaced'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'tradewind.lock'))).toBe(true);
  });

  it('fails with a plain message when no backup can be restored', async () => {
    const { code, err } = await cli('backup', 'restore', '--latest', '--data-dir', dataDir());

    expect(code).toBe(1);
    expect(err[0]).toMatch(/No backup in .* passes the check/);
  });

  it.each([
    [['backup'], /backup: say list, create or restore/],
    [['backup', 'frobnicate'], /unknown action "frobnicate"/],
    [['backup', 'list', 'extra'], /unexpected argument 'extra'/],
    [['backup', 'create', '--latest'], /--latest goes with restore/],
    [['backup', 'restore'], /either a backup id or --latest/],
    [['backup', 'restore', 'tradewind-20240101T000000000Z-manual.db', '--latest'], /either a backup id or --latest/],
    [['backup', 'restore', 'one', 'two'], /unexpected argument 'two'/],
    [['backup', 'restore', '../tradewind.db'], /Not a backup made by Tradewind/],
    [['backup', 'restore', 'tradewind-20240101T000000000Z-manual.db'], /No backup named/],
    [['backup', 'list', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const { code, err, out } = await cli(...argv, '--data-dir', dataDir());

    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(out).toEqual([]);
  });
});

describe('tradewind export', () => {
  function seeded(): { dir: string; accountId: number } {
    const dir = dataDir();
    const accountId = withDatabase(dir, (sqlite) => {
      const id = seedAccount(sqlite, 'Main');
      seedOrder(sqlite, { clientOrderId: 'o1', accountId: id, createdAt: Date.UTC(2024, 2, 1) });
      seedFill(sqlite, { accountId: id, orderClientId: 'o1', tradeId: 't1', time: Date.UTC(2024, 2, 1, 0, 0, 1) });
      seedFill(sqlite, { accountId: id, orderClientId: 'o1', tradeId: 't2', time: Date.UTC(2024, 11, 31, 23, 59, 59) });
      seedFill(sqlite, { accountId: id, orderClientId: 'o1', tradeId: 't3', time: Date.UTC(2025, 0, 1) });
      return id;
    });
    return { dir, accountId };
  }

  it('writes the fills of a year to CSV in the exports folder', async () => {
    const { dir, accountId } = seeded();

    const result = await cliJson<{ file: string; path: string; rows: number; bytes: number }>(
      'export', '--dataset', 'fills', '--format', 'csv', '--from', '2024-01-01', '--to', '2024-12-31', '--account', String(accountId), '--data-dir', dir,
    );

    expect(result.rows).toBe(2);
    expect(result.file).toMatch(/^tradewind-fills-20240101-20241231-\d{8}T\d{9}Z\.csv$/);
    expect(path.dirname(result.path)).toBe(path.join(dir, 'exports'));
    expect(fs.readFileSync(result.path, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('prints a readable line without --json', async () => {
    const { dir } = seeded();

    const { code, out } = await cli('export', '--dataset', 'orders', '--format', 'json', '--from', '2024-01-01', '--to', '2024-12-31', '--data-dir', dir);

    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^wrote 1 orders to .*exports.*\.json \(\d+(\.\d)? (B|KiB)\)$/);
  });

  it.each([
    [['--format', 'csv', '--from', '2024-01-01', '--to', '2024-12-31'], /--dataset is required/],
    [['--dataset', 'trades', '--format', 'csv', '--from', '2024-01-01', '--to', '2024-12-31'], /dataset/],
    [['--dataset', 'fills', '--format', 'xlsx', '--from', '2024-01-01', '--to', '2024-12-31'], /format/],
    [['--dataset', 'fills', '--format', 'csv', '--from', '2024-13-01', '--to', '2024-12-31'], /--from "2024-13-01" is not a date/],
    [['--dataset', 'fills', '--format', 'csv', '--from', 'yesterday', '--to', '2024-12-31'], /is not a date/],
    [['--dataset', 'fills', '--format', 'csv', '--from', '2024-12-31', '--to', '2024-01-01'], /"from" must not be after "to"/],
    [['--dataset', 'fills', '--format', 'csv', '--from', '2024-01-01', '--to', '2024-12-31', '--account', 'main'], /--account takes an account id/],
    [['--dataset', 'fills', '--format', 'csv', '--from', '2024-01-01', '--to', '2024-12-31', '--account', '999'], /no account with id 999/],
    [['--dataset', 'fills', 'extra'], /Unexpected argument 'extra'/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { dir } = seeded();

    const { code, err, out } = await cli('export', ...args, '--data-dir', dir);

    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'exports'))).toBe(false);
  });

  it('reads a date as a whole UTC day and takes full ISO times as they are', () => {
    expect(parseDateFlag('from', '2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDateFlag('to', '2024-02-29')).toBe(Date.UTC(2024, 2, 1) - 1);
    expect(parseDateFlag('from', '2024-06-01T10:00:00+02:00')).toBe(Date.UTC(2024, 5, 1, 8));
    expect(() => parseDateFlag('to', '2023-02-29')).toThrow(/is not a date/);
    expect(() => parseDateFlag('to', '2024-06-01T10:00:00')).toThrow(/is not a date/);
  });
});
