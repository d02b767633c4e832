import { type SweepProgress, type SweepResultView } from '../../../shared/schemas/backtests';
import { AppError } from '../../api/app-error';
import { type EventBus } from '../../core/event-bus';
import { type Logger } from '../../log/logger';
import { type CandleStore } from '../../market/candle-store';
import { type MarketCatalog } from '../../markets/market-catalog';
import { finiteOrNull } from '../backtest-reader';
import { executeSweep, prepareSweep, type SweepRequest, type SweepResult } from './sweep';

/** Sweeps of this session kept for the viewer; older ones are dropped first. */
const KEPT = 20;
/** Progress events at most this often, plus the last one. */
const PROGRESS_EVERY_MS = 150;

interface Entry {
  progress: SweepProgress;
  result: SweepResult | null;
  isCancelRequested: boolean;
}

/**
 * Sweeps started from a window: checked at once (strategy, grid, stored bars), then run on
 * the worker pool in the background with progress events and cancel. Results are kept in
 * memory for this session; a sweep's sets can be re-run as stored backtests.
 */
export class SweepJobs {
  readonly #entries = new Map<number, Entry>();
  readonly #running = new Map<number, Promise<void>>();
  #nextId = 1;

  constructor(private readonly deps: { candles: CandleStore; markets: MarketCatalog; bus: EventBus; logger: Logger }) {}

  start(request: SweepRequest): SweepProgress {
    const prepared = prepareSweep({ candles: this.deps.candles, markets: this.deps.markets }, request);
    const id = this.#nextId++;
    const windows = request.walkForwardWindows ?? 0;
    const total = windows >= 2 ? prepared.grid.sets.length * (windows - 1) + (windows - 1) : prepared.grid.sets.length;
    const entry: Entry = { progress: { id, status: 'running', done: 0, total, error: null }, result: null, isCancelRequested: false };
    this.#entries.set(id, entry);
    this.#forgetOld();
    let lastEmit = 0;
    const run = executeSweep(prepared, (done) => {
      entry.progress = { ...entry.progress, done };
      const now = Date.now();
      if (now - lastEmit >= PROGRESS_EVERY_MS) {
        lastEmit = now;
        this.deps.bus.emit('sweeps.progress', entry.progress);
      }
      return entry.isCancelRequested;
    })
      .then((result) => {
        entry.result = result;
        entry.progress = { ...entry.progress, status: result.isCancelled ? 'canceled' : 'completed' };
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.logger.child('backtest').warn(`Sweep ${id} failed`, { error: message });
        entry.progress = { ...entry.progress, status: 'failed', error: message };
      })
      .finally(() => {
        this.#running.delete(id);
        this.deps.bus.emit('sweeps.progress', entry.progress);
      });
    this.#running.set(id, run);
    return entry.progress;
  }

  cancel(id: number): SweepProgress {
    const entry = this.#entry(id);
    if (entry.progress.status === 'running') entry.isCancelRequested = true;
    return entry.progress;
  }

  get(id: number): SweepResultView {
    const { progress, result } = this.#entry(id);
    const metrics = (values: object) => finiteOrNull(values);
    return {
      id,
      progress,
      axes: result === null ? [] : [...result.axes],
      rank: result?.rank ?? 'sharpe',
      bars: result?.bars ?? 0,
      sets: result?.sets ?? 0,
      skipped: result?.skipped ?? 0,
      threads: result?.threads ?? 0,
      elapsedMs: result?.elapsedMs ?? 0,
      rows: (result?.rows ?? []).map((row) => ({ params: row.params, metrics: metrics(row.metrics), fingerprint: row.fingerprint })),
      walkForward:
        result?.walkForward == null
          ? null
          : {
              folds: result.walkForward.folds.map((fold) => ({ ...fold, trainMetrics: metrics(fold.trainMetrics), testMetrics: metrics(fold.testMetrics) })),
              metrics: metrics(result.walkForward.metrics),
              tradeCount: result.walkForward.trades.length,
              fingerprint: result.walkForward.fingerprint,
            },
    };
  }

  /** Resolves when the sweep has stopped (tests, shutdown). */
  async settled(id: number): Promise<SweepResultView> {
    await this.#running.get(id);
    return this.get(id);
  }

  async stopAll(): Promise<void> {
    for (const entry of this.#entries.values()) entry.isCancelRequested = true;
    await Promise.all(this.#running.values());
  }

  #entry(id: number): Entry {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new AppError('NOT_FOUND', `There is no sweep ${id} in this session`);
    return entry;
  }

  #forgetOld(): void {
    for (const [id, entry] of this.#entries) {
      if (this.#entries.size <= KEPT) break;
      if (entry.progress.status !== 'running') this.#entries.delete(id);
    }
  }
}
