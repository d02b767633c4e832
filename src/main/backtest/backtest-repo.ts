import { eq } from 'drizzle-orm';
import { type StoreDb } from '../store/open-store';
import { backtestRuns, backtestTrades } from '../store/schema';
import { type BacktestRequest, type BacktestResult } from './backtest-runner';

/**
 * Stores a finished run with everything needed to reproduce and study it: strategy, version,
 * parameters and their hash, data range, costs, metrics, fingerprint, the equity curve (as
 * float64 blobs) and every trade. One transaction: a run is stored whole or not at all.
 */
export function saveBacktest(db: StoreDb, result: BacktestResult, now: number): number {
  return db.transaction((tx) => {
    const id = insertRunningRun(tx, result.request, result.strategyVersion, result.params, result.parameterHash, now);
    completeRun(tx, id, result, now);
    return id;
  });
}

/** The row of a run that has started: what it runs on, no results yet. */
export function insertRunningRun(db: StoreDb, request: BacktestRequest, strategyVersion: number, params: Readonly<Record<string, unknown>>, hash: string, now: number): number {
  return db
    .insert(backtestRuns)
    .values({
      strategyType: request.strategy,
      strategyVersion,
      parameters: JSON.stringify(params),
      parameterHash: hash,
      exchange: request.venue,
      symbol: request.symbol,
      interval: request.interval,
      rangeStart: request.from,
      rangeEnd: request.to,
      initialCapital: request.initialCapital,
      makerFeeRate: request.costs.makerFee,
      takerFeeRate: request.costs.takerFee,
      slippageBps: request.costs.slippageBps,
      status: 'running',
      createdAt: now,
    })
    .returning({ id: backtestRuns.id })
    .get().id;
}

/** Writes a run's results (or that it was cancelled) and its trades, in one transaction. */
export function completeRun(db: StoreDb, id: number, result: BacktestResult, now: number): void {
  db.transaction((tx) => {
    tx.update(backtestRuns)
      .set({
        rangeStart: result.firstBar,
        rangeEnd: result.lastBar,
        status: result.isCancelled ? 'canceled' : 'completed',
        metrics: result.isCancelled ? null : JSON.stringify(result.metrics, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value)),
        equityTimes: Buffer.from(result.times.buffer, result.times.byteOffset, result.times.byteLength),
        equityValues: Buffer.from(result.equity.buffer, result.equity.byteOffset, result.equity.byteLength),
        fingerprint: result.isCancelled ? null : result.fingerprint,
        completedAt: now,
      })
      .where(eq(backtestRuns.id, id))
      .run();
    result.trades.forEach((trade, seq) => {
      tx.insert(backtestTrades)
        .values({ runId: id, seq, entryTime: trade.entryTime, entryPrice: trade.entryPrice, exitTime: trade.exitTime, exitPrice: trade.exitPrice, quantity: trade.quantity, fees: trade.fees, pnl: trade.pnl, returnPct: trade.returnPct, exitReason: trade.exitReason })
        .run();
    });
  });
}

/** A run that could not finish: its reason is kept with it. */
export function failRun(db: StoreDb, id: number, error: string, now: number): void {
  db.update(backtestRuns).set({ status: 'failed', error, completedAt: now }).where(eq(backtestRuns.id, id)).run();
}
