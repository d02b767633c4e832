import { type DeploymentMode, type PerformancePeriod } from '../../shared/domain/enums';
import { floatToDecimal } from '../deployments/float-decimal';
import { type StoreDb } from '../store/open-store';
import { equityPoints, performanceFigures } from './performance-math';
import { upsertPerformance } from './performance-repo';
import { deploymentInfos, roundTripsOf, type DeploymentInfo, type StoredRoundTrip } from './report-sources';
import { ALL_TIME_START, DAY_MS, dayStartOf, performancePeriodStart } from './utc-days';

const DATED_PERIODS: readonly PerformancePeriod[] = ['day', 'week', 'month', 'year'];

interface StrategyGroup {
  readonly strategyId: number;
  readonly mode: DeploymentMode;
  readonly quoteAsset: string;
  readonly deployments: readonly DeploymentInfo[];
  /** Every round trip of those deployments, oldest exit first. */
  readonly trades: readonly StoredRoundTrip[];
}

/**
 * What the deployments of a strategy put to work, in quote: a paper deployment its simulated
 * capital, a live one its amount per trade (a live deployment trades from the account's balance
 * and has no capital of its own). Only deployments created before `end` count.
 */
function capitalAt(group: StrategyGroup, end: number): number {
  return group.deployments
    .filter((deployment) => deployment.createdAt < end)
    .reduce((sum, deployment) => sum + Number(deployment.mode === 'paper' ? (deployment.paperCapital ?? deployment.amountPerTrade) : deployment.amountPerTrade), 0);
}

/**
 * Deployments by strategy and mode. Their amounts are only added up within one quote asset: a
 * strategy traded in several is measured in the one most of its trades were in.
 */
function strategyGroups(db: Pick<StoreDb, 'select'>, quoteOf: (deployment: DeploymentInfo) => string): StrategyGroup[] {
  const infos = deploymentInfos(db);
  const trades = roundTripsOf(db, infos.map((info) => info.id));
  const byKey = new Map<string, DeploymentInfo[]>();
  for (const info of infos) {
    const key = `${info.strategyId}:${info.mode}`;
    byKey.set(key, [...(byKey.get(key) ?? []), info]);
  }
  return [...byKey.values()].map((deployments) => {
    const tradeCounts = new Map<string, number>();
    for (const deployment of deployments) tradeCounts.set(quoteOf(deployment), (tradeCounts.get(quoteOf(deployment)) ?? 0) + (trades.get(deployment.id)?.length ?? 0));
    const quoteAsset = [...tradeCounts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    const kept = deployments.filter((deployment) => quoteOf(deployment) === quoteAsset);
    const first = kept[0] as DeploymentInfo;
    return {
      strategyId: first.strategyId,
      mode: first.mode,
      quoteAsset,
      deployments: kept,
      trades: kept.flatMap((deployment) => trades.get(deployment.id) ?? []).sort((a, b) => a.exitTime - b.exitTime),
    };
  });
}

interface PeriodWindow {
  readonly period: PerformancePeriod;
  readonly start: number;
  /** End of the last finished day counted (exclusive). */
  readonly end: number;
}

/** The day, week, month and year of each finished day, and all time, each once with its latest end. */
function windowsOf(finishedDays: readonly number[]): PeriodWindow[] {
  const windows = new Map<string, PeriodWindow>();
  for (const day of finishedDays) {
    const end = dayStartOf(day) + DAY_MS;
    for (const period of [...DATED_PERIODS, 'all'] as const) {
      const start = performancePeriodStart(day, period);
      const key = `${period}:${start}`;
      const known = windows.get(key);
      if (known === undefined || known.end < end) windows.set(key, { period, start, end });
    }
  }
  return [...windows.values()];
}

/**
 * Recomputes the live and paper figures of every strategy and mode for the periods the given
 * finished days fall in. Equity is the capital put to work plus the P&L of the trades closed
 * before; a dated period with no trade is not written, `all` is once a deployment existed. Returns the rows written.
 */
export function updatePerformance(db: StoreDb, finishedDays: readonly number[], quoteOf: (deployment: DeploymentInfo) => string, now: number): number {
  if (finishedDays.length === 0) return 0;
  const windows = windowsOf(finishedDays);
  let written = 0;
  db.transaction((tx) => {
    for (const group of strategyGroups(tx, quoteOf)) {
      const firstDay = dayStartOf(Math.min(...group.deployments.map((deployment) => deployment.createdAt)));
      for (const window of windows) {
        const trades = group.trades.filter((trade) => trade.exitTime >= window.start && trade.exitTime < window.end);
        if (trades.length === 0 && (window.period !== 'all' || capitalAt(group, window.end) === 0)) continue;
        const earlier = group.trades.filter((trade) => trade.exitTime < window.start).reduce((sum, trade) => sum + trade.pnl, 0);
        const startEquity = capitalAt(group, window.end) + earlier;
        const from = window.period === 'all' ? Math.min(firstDay, window.end - DAY_MS) : window.start;
        const figures = performanceFigures(startEquity, equityPoints(startEquity, trades, from, window.end), trades);
        upsertPerformance(tx, {
          strategyId: group.strategyId,
          mode: group.mode,
          period: window.period,
          periodStart: window.period === 'all' ? ALL_TIME_START : window.start,
          periodEnd: window.end,
          quoteAsset: group.quoteAsset,
          tradeCount: figures.tradeCount,
          winRate: figures.winRate,
          netPnl: floatToDecimal(figures.netPnl),
          returnPct: figures.returnPct,
          maxDrawdownPct: figures.maxDrawdownPct,
          sharpe: figures.sharpe,
          sortino: figures.sortino,
          profitFactor: figures.profitFactor,
          computedAt: now,
        });
        written += 1;
      }
    }
  });
  return written;
}
