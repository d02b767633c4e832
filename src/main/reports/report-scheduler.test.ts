import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ExchangeStatus } from '../../shared/schemas/exchange';
import { EventBus } from '../core/event-bus';
import { createLogger, type LogRecord } from '../log/logger';
import { createReportScheduler, nextReportAt, nextSnapshotAt, type ReportScheduler } from './report-scheduler';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** 2024-03-01 23:40 UTC. */
const START = Date.UTC(2024, 2, 1, 23, 40);
const MIDNIGHT = Date.UTC(2024, 2, 2);

describe('when snapshots and reports are due', () => {
  it('snapshots on the UTC clock, midnight always among them', () => {
    expect(nextSnapshotAt(START, 15 * MINUTE)).toBe(START + 5 * MINUTE);
    expect(nextSnapshotAt(START + 5 * MINUTE, 15 * MINUTE)).toBe(START + 20 * MINUTE);
    expect(nextSnapshotAt(MIDNIGHT - 1, 15 * MINUTE)).toBe(MIDNIGHT);
    // An interval that does not divide the day still closes it at midnight.
    expect(nextSnapshotAt(MIDNIGHT - 10 * MINUTE, 7 * 60 * MINUTE)).toBe(MIDNIGHT);
  });

  it('reports a few minutes after each midnight', () => {
    expect(nextReportAt(START, 5 * MINUTE)).toBe(MIDNIGHT + 5 * MINUTE);
    expect(nextReportAt(MIDNIGHT + MINUTE, 5 * MINUTE)).toBe(MIDNIGHT + 5 * MINUTE);
    expect(nextReportAt(MIDNIGHT + 5 * MINUTE, 5 * MINUTE)).toBe(MIDNIGHT + DAY + 5 * MINUTE);
  });
});

describe('the report scheduler on a fake clock', () => {
  let bus: EventBus;
  let snapshots: Array<[number, number]>;
  let generated: number[];
  let connected: number[];
  let scheduler: ReportScheduler;

  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    bus = new EventBus((error) => {
      throw error;
    });
    snapshots = [];
    generated = [];
    connected = [1];
    scheduler = createReportScheduler({
      bus,
      logger: createLogger([]),
      connectedAccountIds: () => connected,
      snapshot: (accountId, ts) => {
        snapshots.push([accountId, ts]);
        return Promise.resolve(true);
      },
      generate: (now) => {
        generated.push(now);
        return { reports: [], performanceRows: 0 };
      },
    });
  });

  afterEach(async () => {
    await scheduler.stop();
    vi.useRealTimers();
  });

  const status = (accountId: number, state: ExchangeStatus['state']): ExchangeStatus => ({
    accountId,
    state,
    stream: 'live',
    usedWeight1m: null,
    weightLimit1m: null,
    bannedUntil: null,
    backoffUntil: null,
    timeOffsetMs: null,
    lastError: null,
    ordersInDoubt: 0,
    lastReconciledAt: null,
  });

  it('one snapshot per connected account at start, then every 15 minutes; reports after start and after midnight', async () => {
    scheduler.start();
    await scheduler.idle();
    expect(snapshots).toEqual([[1, START]]);
    expect(generated).toEqual([]);

    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(generated).toEqual([START + MINUTE]);

    connected = [1, 2];
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(snapshots.slice(1)).toEqual([
      [1, START + 5 * MINUTE],
      [2, START + 5 * MINUTE],
    ]);

    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(snapshots.slice(3)).toEqual([
      [1, MIDNIGHT],
      [2, MIDNIGHT],
    ]);
    expect(generated).toEqual([START + MINUTE]);

    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(generated).toEqual([START + MINUTE, MIDNIGHT + 5 * MINUTE]);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(generated).toEqual([START + MINUTE, MIDNIGHT + 5 * MINUTE, MIDNIGHT + DAY + 5 * MINUTE]);
    // 96 quarter hours a day, two accounts.
    expect(snapshots.filter(([, ts]) => ts > MIDNIGHT && ts <= MIDNIGHT + DAY)).toHaveLength(2 * 96);
  });

  it('an account snapshotted once as it first connects, not again on later status changes', async () => {
    connected = [];
    scheduler.start();
    bus.emit('exchange.status', status(7, 'connecting'));
    bus.emit('exchange.status', status(7, 'connected'));
    bus.emit('exchange.status', status(7, 'connected'));
    await scheduler.idle();
    expect(snapshots).toEqual([[7, START]]);
  });

  it('a failing snapshot is logged and the schedule goes on; nothing runs after stop', async () => {
    const records: LogRecord[] = [];
    const failing = createReportScheduler({
      bus,
      logger: createLogger([{ write: (record) => (records.push(record), null) }]),
      connectedAccountIds: () => [1],
      snapshot: (accountId, ts) => {
        snapshots.push([accountId, ts]);
        return Promise.reject(new Error('exchange down'));
      },
      generate: () => {
        throw new Error('disk full');
      },
    });
    failing.start();
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    expect(snapshots).toEqual([
      [1, START],
      [1, START + 5 * MINUTE],
      [1, MIDNIGHT],
    ]);
    expect(records.map((record) => [record.level, record.module, record.message])).toEqual([
      ['warn', 'reports', 'Could not take a portfolio snapshot of account 1'],
      ['error', 'reports', 'Writing the daily reports failed'],
      ['warn', 'reports', 'Could not take a portfolio snapshot of account 1'],
      ['warn', 'reports', 'Could not take a portfolio snapshot of account 1'],
    ]);
    await failing.stop();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(snapshots).toHaveLength(3);
  });

  it('refuses an interval under a minute', () => {
    expect(() => createReportScheduler({ bus, logger: createLogger([]), connectedAccountIds: () => [], snapshot: () => Promise.resolve(true), generate: () => ({ reports: [], performanceRows: 0 }), snapshotEveryMs: 1000 })).toThrow(RangeError);
  });
});
