import os from 'node:os';
import { intervalMs } from '../../../shared/market/intervals';
import { type CandleBatch } from '../../../shared/market/candle-batch';
import { AppError } from '../../api/app-error';
import { type CandleStore } from '../../market/candle-store';
import { type MarketCatalog } from '../../markets/market-catalog';
import { backtestCandles } from '../backtest-candles';
import { rulesFrom } from '../backtest-rules';
import { resolveStrategy, type BacktestRequest } from '../backtest-runner';
import { type BacktestTrade } from '../engine-types';
import { tradesFingerprint } from '../fingerprint';
import { computeMetrics, type BacktestMetrics } from '../metrics';
import { expandGrid, type Grid, type GridSpec } from './grid';
import { rankBy, type RankMetric } from './rank';
import { type SweepJob, type SweepSetting } from './sweep-job';
import { SweepPool } from './sweep-pool';

/** A backtest request whose parameters are a grid; `params` is what every set starts from. */
export interface SweepRequest extends BacktestRequest {
  readonly grid: GridSpec;
  readonly rank: RankMetric;
  /** Walk-forward: split the range into this many windows; optimise on each, test on the next. */
  readonly walkForwardWindows?: number;
  readonly threads?: number;
}

export interface SweepRow {
  readonly id: number;
  readonly params: Record<string, unknown>;
  readonly metrics: BacktestMetrics;
  readonly fingerprint: string;
}

export interface WalkForwardFold {
  readonly trainFrom: number;
  readonly trainTo: number;
  readonly testFrom: number;
  readonly testTo: number;
  /** The set that ranked first on the training window. */
  readonly params: Record<string, unknown>;
  readonly trainMetrics: BacktestMetrics;
  /** The same set on the next window, which it never saw. */
  readonly testMetrics: BacktestMetrics;
}

export interface WalkForwardResult {
  readonly folds: readonly WalkForwardFold[];
  /** The test windows chained: each starts from the equity the one before ended with. */
  readonly metrics: BacktestMetrics;
  readonly trades: readonly BacktestTrade[];
  readonly fingerprint: string;
}

export interface SweepResult {
  readonly rank: RankMetric;
  /** The parameters the grid varied, in its order. */
  readonly axes: readonly string[];
  readonly bars: number;
  readonly sets: number;
  /** Combinations the strategy's schema refused. */
  readonly skipped: number;
  readonly runs: number;
  readonly threads: number;
  readonly elapsedMs: number;
  /** Every set over the whole range, best first (plain sweep only). */
  readonly rows: readonly SweepRow[];
  readonly walkForward: WalkForwardResult | null;
  /** Stopped before every run was done; the results hold what had run. */
  readonly isCancelled: boolean;
}

/**
 * A parameter sweep: every set of a grid, backtested by the same engine as a single run,
 * spread over worker threads and ranked by one metric. With walk-forward, the range is cut
 * into windows; the best set of each window is tested on the next, and only those out-of-
 * sample results are stitched together and scored.
 */
export async function runSweep(deps: { candles: CandleStore; markets: MarketCatalog | null }, request: SweepRequest, onProgress?: SweepProgressListener): Promise<SweepResult> {
  return executeSweep(prepareSweep(deps, request), onProgress);
}

/** Called after every run with the count done; returning true stops the sweep there. */
export type SweepProgressListener = (done: number, total: number) => boolean | void;

export interface PreparedSweep {
  readonly request: SweepRequest;
  readonly grid: Grid;
  readonly candles: CandleBatch;
  readonly setting: SweepSetting;
  readonly started: number;
}

/** Everything a sweep checks before it starts (strategy, grid, stored bars); throws a clear AppError. */
export function prepareSweep(deps: { candles: CandleStore; markets: MarketCatalog | null }, request: SweepRequest): PreparedSweep {
  const started = performance.now();
  const { strategy, params: base } = resolveStrategy(request.strategy, request.params);
  let grid;
  try {
    grid = expandGrid(strategy, base, request.grid);
  } catch (error: unknown) {
    throw new AppError('BAD_INPUT', error instanceof Error ? error.message : String(error));
  }
  if (grid.sets.length === 0) throw new AppError('BAD_INPUT', `No combination of the grid is valid for ${strategy.name} (${grid.skipped} refused)`);
  const { candles } = backtestCandles(deps.candles, request, request.from, request.to);
  const setting: SweepSetting = {
    strategy: request.strategy,
    initialCapital: request.initialCapital,
    costs: request.costs,
    rules: rulesFrom(deps.markets?.filters(request.venue, request.symbol) ?? null).rules,
    limits: request.limits ?? null,
    barMs: intervalMs(request.interval),
  };
  const windows = request.walkForwardWindows ?? 0;
  if (windows >= 2 && (windows > 50 || candles.length / windows < 2)) throw new AppError('BAD_INPUT', `Cannot cut ${candles.length} bars into ${windows} walk-forward windows`);
  return { request, grid, candles, setting, started };
}

export async function executeSweep(prepared: PreparedSweep, onProgress?: SweepProgressListener): Promise<SweepResult> {
  const { request, grid, candles, setting, started } = prepared;
  const pool = new SweepPool(candles, setting, Math.min(request.threads ?? os.availableParallelism(), grid.sets.length));
  try {
    return await sweepWith(pool, request, grid, candles, setting, started, onProgress);
  } finally {
    await pool.close();
  }
}

async function sweepWith(
  pool: SweepPool,
  request: SweepRequest,
  grid: Grid,
  candles: CandleBatch,
  setting: SweepSetting,
  started: number,
  onProgress: SweepProgressListener | undefined,
): Promise<SweepResult> {
  const { threads } = pool;
  const windows = request.walkForwardWindows ?? 0;
  const total = windows >= 2 ? grid.sets.length * (windows - 1) + (windows - 1) : grid.sets.length;
  let done = 0;
  let isCancelled = false;
  const progress = (): boolean => {
    if (onProgress?.((done += 1), total) === true) isCancelled = true;
    return isCancelled;
  };
  const jobOf = (id: number, params: Record<string, unknown>, fromIndex: number, toIndex: number, tradeFromIndex = fromIndex, keepDetail = false): SweepJob => ({ id, params, fromIndex, toIndex, tradeFromIndex, keepDetail });

  if (windows < 2) {
    const results = await pool.run(grid.sets.map((params, id) => jobOf(id, params, 0, candles.length)), progress);
    const rows = rankBy(results.map((result) => ({ id: result.id, params: grid.sets[result.id] as Record<string, unknown>, metrics: result.metrics, fingerprint: result.fingerprint })), request.rank);
    return { rank: request.rank, axes: grid.axes, bars: candles.length, sets: grid.sets.length, skipped: grid.skipped, runs: results.length, threads, elapsedMs: performance.now() - started, rows, walkForward: null, isCancelled };
  }

  const edges = Array.from({ length: windows + 1 }, (_, k) => Math.round((k * candles.length) / windows));
  const folds: WalkForwardFold[] = [];
  const tested: Array<{ trades: readonly BacktestTrade[]; equity: Float64Array; fromIndex: number }> = [];
  let runs = 0;
  for (let k = 0; k < windows - 1; k++) {
    const [trainFrom, trainTo, testTo] = [edges[k] as number, edges[k + 1] as number, edges[k + 2] as number];
    const trained = await pool.run(grid.sets.map((params, id) => jobOf(id, params, trainFrom, trainTo)), progress);
    if (isCancelled) break;
    const best = rankBy(trained, request.rank)[0];
    if (best === undefined) break;
    const bestParams = grid.sets[best.id] as Record<string, unknown>;
    // The test window's run starts at the training window, so every indicator is warm when trading begins.
    const [test] = await pool.run([jobOf(0, bestParams, trainFrom, testTo, trainTo, true)]);
    progress();
    runs += trained.length + 1;
    if (test === undefined || test.equity === null || test.trades === null) break;
    tested.push({ trades: test.trades, equity: test.equity, fromIndex: trainTo });
    folds.push({
      trainFrom: candles.openTime[trainFrom] as number,
      trainTo: candles.openTime[trainTo - 1] as number,
      testFrom: candles.openTime[trainTo] as number,
      testTo: candles.openTime[testTo - 1] as number,
      params: bestParams,
      trainMetrics: best.metrics,
      testMetrics: test.metrics,
    });
  }
  return {
    rank: request.rank,
    axes: grid.axes,
    bars: candles.length,
    sets: grid.sets.length,
    skipped: grid.skipped,
    runs,
    threads,
    elapsedMs: performance.now() - started,
    rows: [],
    walkForward: stitch(tested, candles, request.initialCapital, setting.barMs, folds),
    isCancelled,
  };
}

/**
 * Chains the test windows' equity curves (each scaled to start where the last ended) and
 * scores them. Trades are listed as each window made them, in that window's money.
 */
function stitch(tested: ReadonlyArray<{ trades: readonly BacktestTrade[]; equity: Float64Array; fromIndex: number }>, candles: CandleBatch, initialCapital: number, barMs: number, folds: readonly WalkForwardFold[]): WalkForwardResult {
  const { openTime } = candles;
  const length = tested.reduce((sum, window) => sum + window.equity.length, 0);
  const equity = new Float64Array(length);
  const times = new Float64Array(length);
  const trades: BacktestTrade[] = [];
  let at = 0;
  let scale = 1;
  let inPosition = 0;
  let fees = 0;
  for (const window of tested) {
    for (let i = 0; i < window.equity.length; i++) {
      equity[at] = (window.equity[i] as number) * scale;
      times[at] = openTime[window.fromIndex + i] as number;
      at += 1;
    }
    scale = (equity[at - 1] as number) / initialCapital;
    for (const trade of window.trades) {
      trades.push(trade);
      fees += trade.fees;
      if (trade.exitTime !== null) inPosition += Math.round((trade.exitTime - trade.entryTime) / barMs);
    }
  }
  const first = tested[0]?.fromIndex ?? 0;
  const last = first + length - 1;
  const metrics = computeMetrics({ initialCapital, times, equity, trades, barsInPosition: inPosition, feesPaid: fees, firstOpen: candles.open[first] ?? 0, lastClose: candles.close[last] ?? 0, barMs });
  return { folds, metrics, trades, fingerprint: tradesFingerprint(trades) };
}
