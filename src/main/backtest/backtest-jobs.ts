import { type BacktestSummary } from '../../shared/schemas/backtests';
import { AppError } from '../api/app-error';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type CandleStore } from '../market/candle-store';
import { type MarketCatalog } from '../markets/market-catalog';
import { type StoreDb } from '../store/open-store';
import { BacktestReader } from './backtest-reader';
import { completeRun, failRun, insertRunningRun } from './backtest-repo';
import { finishBacktest, prepareBacktest, type BacktestRequest } from './backtest-runner';
import { runEngineSteps } from './engine';
import { parameterHash } from './fingerprint';

/** Bars per slice: a few milliseconds of engine time between two chances for other work. */
const SLICE_BARS = 32_768;

interface JobsDeps {
  readonly db: StoreDb;
  readonly candles: CandleStore;
  readonly markets: MarketCatalog;
  readonly bus: EventBus;
  readonly logger: Logger;
}

/**
 * Backtests started from a window: the run is stored as running at once, then the engine
 * works through the bars in slices, announcing its progress between them, so the app stays
 * responsive and a cancel takes effect within a slice. The engine is the one the CLI runs.
 */
export class BacktestJobs {
  readonly #cancelled = new Set<number>();
  readonly #running = new Map<number, Promise<void>>();
  readonly #reader: BacktestReader;

  constructor(private readonly deps: JobsDeps) {
    this.#reader = new BacktestReader(deps.db);
  }

  /** Checks the request (strategy, parameters, stored bars), stores the run, and starts it. */
  start(request: BacktestRequest): BacktestSummary {
    const prepared = prepareBacktest({ candles: this.deps.candles, markets: this.deps.markets }, request);
    const id = insertRunningRun(this.deps.db, request, prepared.strategyVersion, prepared.engine.params, parameterHash(prepared.engine.params), Date.now());
    const job = this.#run(id, prepared).finally(() => {
      this.#running.delete(id);
      this.#cancelled.delete(id);
    });
    this.#running.set(id, job);
    return this.#summary(id);
  }

  cancel(id: number): BacktestSummary {
    const summary = this.#summary(id);
    if (this.#running.has(id)) this.#cancelled.add(id);
    return summary;
  }

  /** Resolves when the run has stopped (tests, shutdown). */
  async settled(id: number): Promise<BacktestSummary> {
    await this.#running.get(id);
    return this.#summary(id);
  }

  async stopAll(): Promise<void> {
    for (const id of this.#running.keys()) this.#cancelled.add(id);
    await Promise.all(this.#running.values());
  }

  async #run(id: number, prepared: ReturnType<typeof prepareBacktest>): Promise<void> {
    const { bus, db } = this.deps;
    try {
      const steps = runEngineSteps({ ...prepared.engine, progressEvery: SLICE_BARS });
      let step = steps.next(false);
      while (step.done !== true) {
        bus.emit('backtests.progress', { id, status: 'running', done: step.value });
        await new Promise((resolve) => setImmediate(resolve));
        step = steps.next(this.#cancelled.has(id));
      }
      const result = finishBacktest(prepared, step.value);
      completeRun(db, id, result, Date.now());
      bus.emit('backtests.progress', { id, status: result.isCancelled ? 'canceled' : 'completed', done: result.isCancelled ? 0 : 1 });
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      this.deps.logger.child('backtest').warn(`Backtest ${id} failed`, { error: message });
      failRun(db, id, message, Date.now());
      bus.emit('backtests.progress', { id, status: 'failed', done: 0 });
    }
  }

  #summary(id: number): BacktestSummary {
    const run = this.#reader.summary(id);
    if (run === null) throw new AppError('NOT_FOUND', `There is no backtest run ${id}`);
    return run;
  }
}
