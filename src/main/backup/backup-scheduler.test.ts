import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackupInfo } from '../../shared/schemas/backup';
import { createLogger } from '../log/logger';
import { openStore, type Store } from '../store/open-store';
import { REPO_MIGRATIONS_FOLDER } from '../store/test-store';
import { createBackupScheduler, type BackupScheduler } from './backup-scheduler';
import { createBackupService, type BackupService } from './backup-service';

const HOUR = 60 * 60 * 1000;
let dataDir: string;
let store: Store;
let service: BackupService;
let scheduler: BackupScheduler | null = null;
const clock = { now: 0 };

beforeEach(() => {
  // Only the scheduler's timer is faked: the backup API itself runs for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-scheduler-'));
  store = openStore({ file: path.join(dataDir, 'tradewind.db'), migrationsFolder: REPO_MIGRATIONS_FOLDER });
  clock.now = Date.UTC(2024, 5, 15, 12);
  service = createBackupService({ dataDir, migrationsFolder: REPO_MIGRATIONS_FOLDER, logger: createLogger([]), now: () => clock.now });
});

afterEach(() => {
  scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

let runs: Array<(backup: BackupInfo | null) => void> = [];

function start(getSource: () => Database.Database | null = () => store.sqlite): BackupScheduler {
  runs = [];
  scheduler = createBackupScheduler({
    service,
    getSource,
    everyMs: HOUR,
    logger: createLogger([]),
    now: () => clock.now,
    minFirstDelayMs: 1000,
    onRun: (backup) => runs.shift()?.(backup),
  });
  scheduler.start();
  return scheduler;
}

/** Moves both clocks on and waits for the run the timer starts. */
async function advance(ms: number): Promise<BackupInfo | null> {
  const run = new Promise<BackupInfo | null>((resolve) => runs.push(resolve));
  clock.now += ms;
  vi.advanceTimersByTime(ms);
  return run;
}

describe('backup scheduler', () => {
  it('takes the first backup soon after start when there is none, then one per interval', async () => {
    start();
    expect(service.list()).toEqual([]);

    const first = await advance(1000);
    expect(service.list()).toEqual([first]);
    expect(first?.reason).toBe('scheduled');

    await advance(HOUR);
    expect(service.list()).toHaveLength(2);
  });

  it('counts the interval from the newest backup in the folder', async () => {
    await service.create(store.sqlite, 'manual');
    start();

    clock.now += HOUR - 1;
    vi.advanceTimersByTime(HOUR - 1);
    expect(vi.getTimerCount()).toBe(1); // still waiting: the timer has not fired
    expect(service.list()).toHaveLength(1);

    expect(await advance(1)).not.toBeNull();
    expect(service.list()).toHaveLength(2);
  });

  it('never runs two backups at once', async () => {
    const running = start();

    const [a, b] = await Promise.all([running.runNow(), running.runNow()]);

    expect(a).toEqual(b);
    expect(service.list()).toHaveLength(1);
  });

  it('skips a run while the database is closed, and tries again next time', async () => {
    let source: Database.Database | null = null;
    start(() => source);

    expect(await advance(1000)).toBeNull();
    expect(service.list()).toEqual([]);

    source = store.sqlite;
    expect(await advance(HOUR)).not.toBeNull();
    expect(service.list()).toHaveLength(1);
  });

  it('can be waited for before the database closes', async () => {
    const running = start();
    const backup = running.runNow();
    running.stop();

    await running.idle();

    expect(service.list()).toEqual([await backup]);
    await expect(running.idle()).resolves.toBeUndefined();
  });

  it('stops', () => {
    const running = start();
    running.stop();

    clock.now += 10 * HOUR;
    vi.advanceTimersByTime(10 * HOUR);

    expect(vi.getTimerCount()).toBe(0);
    expect(service.list()).toEqual([]);
  });
});
