import { type ExchangeStatus } from '../../shared/schemas/exchange';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type GenerationResult } from './report-generator';
import { DAY_MS, dayStartOf } from './utc-days';

const MINUTE_MS = 60_000;
export const DEFAULT_SNAPSHOT_EVERY_MS = 15 * MINUTE_MS;
/** Fills of the day's last minutes still arrive (stream, reconciliation) just after midnight. */
export const DEFAULT_REPORT_DELAY_MS = 5 * MINUTE_MS;
/** At start the catch-up waits for the first reconciliation to bring in fills made while the app was closed. */
export const DEFAULT_FIRST_REPORT_DELAY_MS = MINUTE_MS;

export interface ReportSchedulerOptions {
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Accounts whose exchange connection is up: the only ones a snapshot asks (it never opens one). */
  readonly connectedAccountIds: () => readonly number[];
  readonly snapshot: (accountId: number, ts: number) => Promise<boolean>;
  readonly generate: (now: number) => GenerationResult;
  readonly now?: () => number;
  /** How often the connected accounts are snapshotted, on the UTC clock (:00, :15, … with 15 min), midnight always included. */
  readonly snapshotEveryMs?: number;
  readonly reportDelayMs?: number;
  readonly firstReportDelayMs?: number;
}

export interface ReportScheduler {
  start(): void;
  /** Stops the timers and waits for the job running, before the database closes. */
  stop(): Promise<void>;
  /** Resolves once every job queued so far has run. */
  idle(): Promise<void>;
}

/** The next snapshot instant after `now`: a whole number of intervals into the UTC day, or the next midnight. */
export function nextSnapshotAt(now: number, everyMs: number): number {
  const day = dayStartOf(now);
  return Math.min(day + (Math.floor((now - day) / everyMs) + 1) * everyMs, day + DAY_MS);
}

/** The next daily report run after `now`: `delayMs` past a UTC midnight. */
export function nextReportAt(now: number, delayMs: number): number {
  const today = dayStartOf(now) + delayMs;
  return now < today ? today : today + DAY_MS;
}

/**
 * Portfolio snapshots of every connected account on the UTC clock (and one as each account
 * first connects in this run), and the daily reports: caught up shortly after start, then
 * written a few minutes after each UTC midnight, after the midnight snapshot that closes the
 * day. Jobs run one at a time, in order; a failing one is logged and the schedule goes on.
 */
export function createReportScheduler(options: ReportSchedulerOptions): ReportScheduler {
  const now = options.now ?? Date.now;
  const everyMs = options.snapshotEveryMs ?? DEFAULT_SNAPSHOT_EVERY_MS;
  if (!(everyMs >= MINUTE_MS)) throw new RangeError(`Snapshots can be taken every minute at most (asked every ${everyMs} ms)`);
  const reportDelayMs = options.reportDelayMs ?? DEFAULT_REPORT_DELAY_MS;
  const log = options.logger.child('reports');
  const timers = new Set<NodeJS.Timeout>();
  const snapshotted = new Set<number>();
  let queue: Promise<void> = Promise.resolve();
  let isRunning = false;
  let stopWatching = (): void => undefined;

  const enqueue = (job: () => Promise<void> | void): void => {
    queue = queue.then(async () => {
      if (isRunning) await job();
    });
  };

  const at = (time: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (isRunning) run();
    }, Math.max(0, time - now()));
    timer.unref();
    timers.add(timer);
  };

  const snapshotOne = async (accountId: number, ts: number): Promise<void> => {
    snapshotted.add(accountId);
    try {
      await options.snapshot(accountId, ts);
    } catch (error: unknown) {
      log.warn(`Could not take a portfolio snapshot of account ${accountId}`, { error: error instanceof Error ? error.message : String(error) });
    }
  };

  const generate = (): void => {
    try {
      const { reports, performanceRows } = options.generate(now());
      if (reports.length > 0) log.info(`Wrote ${reports.length} daily report(s) and ${performanceRows} strategy performance row(s)`);
    } catch (error: unknown) {
      log.error('Writing the daily reports failed', { error });
    }
  };

  /** A timer may fire a little early: the next tick is counted from the later of the clock and this one. */
  const scheduleSnapshots = (after: number): void => {
    const ts = nextSnapshotAt(after, everyMs);
    at(ts, () => {
      enqueue(async () => {
        for (const accountId of options.connectedAccountIds()) await snapshotOne(accountId, ts);
      });
      scheduleSnapshots(Math.max(now(), ts));
    });
  };

  const scheduleReports = (after: number): void => {
    const time = nextReportAt(after, reportDelayMs);
    at(time, () => {
      enqueue(generate);
      scheduleReports(Math.max(now(), time));
    });
  };

  return {
    start() {
      if (isRunning) return;
      isRunning = true;
      stopWatching = options.bus.on((name, payload) => {
        if (name !== 'exchange.status') return;
        const status = payload as ExchangeStatus;
        if (status.state === 'connected' && !snapshotted.has(status.accountId)) {
          snapshotted.add(status.accountId);
          enqueue(() => snapshotOne(status.accountId, now()));
        }
      });
      for (const accountId of options.connectedAccountIds()) {
        snapshotted.add(accountId);
        enqueue(() => snapshotOne(accountId, now()));
      }
      at(now() + (options.firstReportDelayMs ?? DEFAULT_FIRST_REPORT_DELAY_MS), () => enqueue(generate));
      scheduleSnapshots(now());
      scheduleReports(now());
    },
    async stop() {
      isRunning = false;
      stopWatching();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await queue;
    },
    idle: () => queue,
  };
}
