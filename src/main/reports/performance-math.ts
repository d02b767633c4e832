import { type BacktestTrade } from '../backtest/engine-types';
import { computeMetrics } from '../backtest/metrics';
import { DAY_MS, dayStartOf } from './utc-days';

/*
 * Live and paper results are measured with the backtests' own code (computeMetrics), so a
 * strategy's backtest, paper and live figures mean the same thing:
 * - Sharpe (and Sortino): mean over (sample, downside) standard deviation of the daily returns
 *   of the equity at each UTC day's end, annualised by √365 (crypto trades every day);
 * - max drawdown: the deepest fall from a running peak, the period's starting equity included;
 * - win rate: winning closed trades over closed trades;
 * - profit factor: gross profit over gross loss.
 * What this file adds is where those figures mean nothing: null instead of 0 or Infinity
 * (no trade, a single day, no losing day for Sortino, no losing trade for the profit factor).
 */

/** One closed round trip, as `deployment_trades` keeps it. */
export interface ClosedTrade {
  readonly entryTime: number;
  readonly entryPrice: number;
  readonly exitTime: number;
  readonly exitPrice: number;
  readonly quantity: number;
  readonly fees: number;
  readonly pnl: number;
  readonly returnPct: number;
}

export interface ValuePoint {
  readonly time: number;
  readonly value: number;
}

export interface PerformanceFigures {
  readonly tradeCount: number;
  /** Null with no trade. */
  readonly winRate: number | null;
  readonly netPnl: number;
  /** Over the starting equity, in percent; null when that is not above 0. */
  readonly returnPct: number | null;
  /** Percent; null with no equity to measure. */
  readonly maxDrawdownPct: number | null;
  /** Null with no trade or fewer than two days of returns. */
  readonly sharpe: number | null;
  /** Null as Sharpe, and with no day closing lower than the one before. */
  readonly sortino: number | null;
  /** Null with no losing trade (no loss to divide by). */
  readonly profitFactor: number | null;
}

function asBacktestTrade(trade: ClosedTrade): BacktestTrade {
  return { ...trade, entryReason: '', exitReason: '' };
}

function metricsOf(startEquity: number, points: readonly ValuePoint[], trades: readonly ClosedTrade[]) {
  return computeMetrics({
    initialCapital: startEquity,
    times: Float64Array.from(points, (point) => point.time),
    equity: Float64Array.from(points, (point) => point.value),
    trades: trades.map(asBacktestTrade),
    barsInPosition: 0,
    feesPaid: trades.reduce((sum, trade) => sum + trade.fees, 0),
    firstOpen: 0,
    lastClose: 0,
    barMs: 1,
  });
}

/**
 * The equity a run of closed trades makes from `startEquity`: a point after each exit and one
 * at the end of every UTC day from `from` up to `to` (exclusive), so a day without trades is a
 * day of zero return rather than a day missing from the Sharpe ratio. Trades must be oldest first.
 */
export function equityPoints(startEquity: number, trades: readonly ClosedTrade[], from: number, to: number): ValuePoint[] {
  const points: ValuePoint[] = [];
  let equity = startEquity;
  let next = 0;
  for (let day = dayStartOf(from); day < to; day += DAY_MS) {
    const dayEnd = Math.min(day + DAY_MS, to);
    for (; next < trades.length && (trades[next] as ClosedTrade).exitTime < dayEnd; next++) {
      const trade = trades[next] as ClosedTrade;
      equity += trade.pnl;
      points.push({ time: Math.max(trade.exitTime, day), value: equity });
    }
    points.push({ time: dayEnd - 1, value: equity });
  }
  return points;
}

/** The equity at each UTC day's end, oldest first: the last point of each day. */
function dayCloses(points: readonly ValuePoint[]): number[] {
  const closes = new Map<number, number>();
  for (const point of points) closes.set(dayStartOf(point.time), point.value);
  return [...closes.values()];
}

/** Whether any day closed below the one before (the first below the starting equity). */
function hasLosingDay(startEquity: number, closes: readonly number[]): boolean {
  return closes.some((close, index) => close < (index === 0 ? startEquity : (closes[index - 1] as number)));
}

export function performanceFigures(startEquity: number, points: readonly ValuePoint[], trades: readonly ClosedTrade[]): PerformanceFigures {
  const metrics = metricsOf(startEquity, points, trades);
  const netPnl = trades.reduce((sum, trade) => sum + trade.pnl, 0);
  const hasLoss = trades.some((trade) => trade.pnl < 0);
  const hasEquity = startEquity > 0;
  const closes = dayCloses(points);
  // Without a trade every daily return is 0 (no ratio to speak of); with fewer than two days there is no spread.
  const hasReturns = hasEquity && trades.length > 0 && closes.length >= 2;
  return {
    tradeCount: trades.length,
    winRate: trades.length === 0 ? null : metrics.winRate,
    netPnl,
    returnPct: hasEquity ? (netPnl / startEquity) * 100 : null,
    maxDrawdownPct: hasEquity ? metrics.maxDrawdown * 100 : null,
    sharpe: hasReturns ? metrics.sharpe : null,
    // No day below the one before: no downside to divide by, rather than the 0 computeMetrics gives.
    sortino: hasReturns && hasLosingDay(startEquity, closes) ? metrics.sortino : null,
    profitFactor: hasLoss ? metrics.profitFactor : null,
  };
}

/** The deepest fall from a running peak along `values` (the first one is the first peak), in percent. */
export function maxDrawdownPct(values: readonly ValuePoint[]): number {
  const first = values[0];
  if (first === undefined || first.value <= 0) return 0;
  return metricsOf(first.value, values, []).maxDrawdown * 100;
}
