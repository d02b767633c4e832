import { type CandleBatch, sliceBatch } from '../../../shared/market/candle-batch';
import { type EntryLimitSettings } from '../../../shared/risk/entry-limits';
import { strategyOfType } from '../../../shared/strategy/registry';
import { runEngine } from '../engine';
import { type BacktestTrade, type BrokerCosts } from '../engine-types';
import { tradesFingerprint } from '../fingerprint';
import { computeMetrics, type BacktestMetrics } from '../metrics';
import { type SymbolRules } from '../symbol-rules';

/** What every job of a sweep shares: the bars (loaded once) and the run's settings. */
export interface SweepSetting {
  readonly strategy: string;
  readonly initialCapital: number;
  readonly costs: BrokerCosts;
  readonly rules: SymbolRules;
  readonly limits: EntryLimitSettings | null;
  readonly barMs: number;
}

/** What a sweep worker is started with: the bars in shared memory, and the sweep's settings. */
export interface SweepWorkerData {
  readonly columns: { readonly openTime: Float64Array; readonly open: Float64Array; readonly high: Float64Array; readonly low: Float64Array; readonly close: Float64Array; readonly volume: Float64Array };
  readonly setting: SweepSetting;
}

/** One backtest of a sweep: a parameter set over bars [fromIndex, toIndex), trading from `tradeFromIndex`. */
export interface SweepJob {
  readonly id: number;
  readonly params: Record<string, unknown>;
  readonly fromIndex: number;
  readonly toIndex: number;
  readonly tradeFromIndex: number;
  /** Keep the trades and the equity (walk-forward test windows), not only the figures. */
  readonly keepDetail: boolean;
}

export interface SweepJobResult {
  readonly id: number;
  readonly metrics: BacktestMetrics;
  readonly fingerprint: string;
  readonly trades: readonly BacktestTrade[] | null;
  /** Equity from `tradeFromIndex` on, when `keepDetail`. */
  readonly equity: Float64Array | null;
}

/** Runs one job; the same function runs in a worker thread and in-process. */
export function runSweepJob(candles: CandleBatch, setting: SweepSetting, job: SweepJob): SweepJobResult {
  const strategy = strategyOfType(setting.strategy);
  if (strategy === undefined) throw new Error(`Unknown strategy ${setting.strategy}`);
  const bars = sliceBatch(candles, job.fromIndex, job.toIndex);
  const tradeFrom = job.tradeFromIndex - job.fromIndex;
  const output = runEngine({ strategy, params: job.params, candles: bars, initialCapital: setting.initialCapital, costs: setting.costs, rules: setting.rules, tradeFromIndex: tradeFrom, ...(setting.limits ? { limits: setting.limits } : {}) });
  const scored = sliceBatch(bars, tradeFrom, bars.length);
  const equity = output.equity.subarray(tradeFrom);
  const metrics = computeMetrics({
    initialCapital: setting.initialCapital,
    times: scored.openTime,
    equity,
    trades: output.trades,
    barsInPosition: output.barsInPosition,
    feesPaid: output.feesPaid,
    firstOpen: scored.open[0] ?? 0,
    lastClose: scored.close[scored.length - 1] ?? 0,
    barMs: setting.barMs,
  });
  return {
    id: job.id,
    metrics,
    fingerprint: tradesFingerprint(output.trades),
    trades: job.keepDetail ? output.trades : null,
    equity: job.keepDetail ? equity.slice() : null,
  };
}
