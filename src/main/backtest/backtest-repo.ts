import { type StoreDb } from '../store/open-store';
import { backtestRuns, backtestTrades } from '../store/schema';
import { type BacktestResult } from './backtest-runner';

/**
 * Stores a finished run with everything needed to reproduce and study it: strategy, version,
 * parameters and their hash, data range, costs, metrics, fingerprint, the equity curve (as
 * float64 blobs) and every trade. One transaction: a run is stored whole or not at all.
 */
export function saveBacktest(db: StoreDb, result: BacktestResult, now: number): number {
  const { request } = result;
  return db.transaction((tx) => {
    const run = tx
      .insert(backtestRuns)
      .values({
        strategyType: request.strategy,
        strategyVersion: result.strategyVersion,
        parameters: JSON.stringify(result.params),
        parameterHash: result.parameterHash,
        exchange: request.venue,
        symbol: request.symbol,
        interval: request.interval,
        rangeStart: result.firstBar,
        rangeEnd: result.lastBar,
        initialCapital: request.initialCapital,
        makerFeeRate: request.costs.makerFee,
        takerFeeRate: request.costs.takerFee,
        slippageBps: request.costs.slippageBps,
        status: result.isCancelled ? 'canceled' : 'completed',
        metrics: JSON.stringify(result.metrics, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value)),
        equityTimes: Buffer.from(result.times.buffer, result.times.byteOffset, result.times.byteLength),
        equityValues: Buffer.from(result.equity.buffer, result.equity.byteOffset, result.equity.byteLength),
        fingerprint: result.fingerprint,
        createdAt: now,
        completedAt: now,
      })
      .returning({ id: backtestRuns.id })
      .get();
    result.trades.forEach((trade, seq) => {
      tx.insert(backtestTrades)
        .values({
          runId: run.id,
          seq,
          entryTime: trade.entryTime,
          entryPrice: trade.entryPrice,
          exitTime: trade.exitTime,
          exitPrice: trade.exitPrice,
          quantity: trade.quantity,
          fees: trade.fees,
          pnl: trade.pnl,
          returnPct: trade.returnPct,
          exitReason: trade.exitReason,
        })
        .run();
    });
    return run.id;
  });
}
