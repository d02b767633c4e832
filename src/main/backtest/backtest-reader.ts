import { desc, eq } from 'drizzle-orm';
import { type BacktestDetail, type BacktestSummary } from '../../shared/schemas/backtests';
import { AppError } from '../api/app-error';
import { type StoreDb } from '../store/open-store';
import { backtestRuns, backtestTrades } from '../store/schema';

/** Points an equity curve is thinned to for drawing. */
const CURVE_POINTS = 2000;

type RunRow = typeof backtestRuns.$inferSelect;

/** Reads stored runs for the viewer: summaries, and one run with its trades and thinned curves. */
export class BacktestReader {
  constructor(private readonly db: StoreDb) {}

  list(limit: number): BacktestSummary[] {
    return this.db.select().from(backtestRuns).orderBy(desc(backtestRuns.createdAt), desc(backtestRuns.id)).limit(limit).all().map(toSummary);
  }

  summary(id: number): BacktestSummary | null {
    const run = this.db.select().from(backtestRuns).where(eq(backtestRuns.id, id)).get();
    return run === undefined ? null : toSummary(run);
  }

  get(id: number): BacktestDetail {
    const run = this.db.select().from(backtestRuns).where(eq(backtestRuns.id, id)).get();
    if (run === undefined) throw new AppError('NOT_FOUND', `There is no backtest run ${id}`);
    const trades = this.db.select().from(backtestTrades).where(eq(backtestTrades.runId, id)).orderBy(backtestTrades.seq).all();
    return {
      run: toSummary(run),
      trades: trades.map(({ seq, entryTime, entryPrice, exitTime, exitPrice, quantity, fees, pnl, returnPct, exitReason }) => ({ seq, entryTime, entryPrice, exitTime, exitPrice, quantity, fees, pnl, returnPct, exitReason })),
      curve: thinCurve(floats(run.equityTimes), floats(run.equityValues), CURVE_POINTS),
    };
  }
}

function toSummary(row: RunRow): BacktestSummary {
  return {
    id: row.id,
    strategy: row.strategyType,
    strategyVersion: row.strategyVersion,
    params: JSON.parse(row.parameters) as Record<string, unknown>,
    parameterHash: row.parameterHash,
    venue: row.exchange,
    symbol: row.symbol,
    interval: row.interval,
    rangeStart: row.rangeStart,
    rangeEnd: row.rangeEnd,
    initialCapital: row.initialCapital,
    makerFee: row.makerFeeRate,
    takerFee: row.takerFeeRate,
    slippageBps: row.slippageBps,
    status: row.status,
    error: row.error,
    metrics: row.metrics === null ? null : finiteOrNull(JSON.parse(row.metrics) as Record<string, unknown>),
    fingerprint: row.fingerprint,
    createdAt: row.createdAt,
  };
}

/** Metrics as the contract carries them: a non-finite figure (a profit factor with no loss) is null. */
export function finiteOrNull(metrics: object): Record<string, number | null> {
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, typeof value === 'number' && Number.isFinite(value) ? value : null]));
}

function floats(blob: Buffer | null): Float64Array {
  if (blob === null) return new Float64Array(0);
  // Copied, because a Buffer from SQLite need not be 8-byte aligned.
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Float64Array(copy.buffer, 0, Math.floor(blob.byteLength / 8));
}

/**
 * At most `points` points: each step keeps its last equity and its deepest drawdown, so a
 * thinned drawdown chart still shows the worst fall.
 */
export function thinCurve(times: Float64Array, equity: Float64Array, points: number): BacktestDetail['curve'] {
  const length = Math.min(times.length, equity.length);
  const step = Math.max(1, Math.ceil(length / points));
  const curve: BacktestDetail['curve'] = { time: [], equity: [], drawdown: [] };
  let peak = -Infinity;
  let deepest = 0;
  for (let i = 0; i < length; i++) {
    const value = equity[i] as number;
    if (value > peak) peak = value;
    const fall = peak > 0 ? (peak - value) / peak : 0;
    if (fall > deepest) deepest = fall;
    if ((i + 1) % step === 0 || i === length - 1) {
      curve.time.push(times[i] as number);
      curve.equity.push(value);
      curve.drawdown.push(deepest);
      deepest = 0;
    }
  }
  return curve;
}
