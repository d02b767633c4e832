import { type BacktestMetrics } from '../metrics';

export const RANK_METRICS = ['sharpe', 'sortino', 'calmar', 'netProfitPct', 'cagr', 'profitFactor', 'expectancy', 'winRate', 'maxDrawdown'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

/** Metrics where less is better. */
const LOWER_IS_BETTER: ReadonlySet<RankMetric> = new Set(['maxDrawdown']);

/** Orders results best first by one metric; ties keep the grid's order. NaN sorts last. */
export function rankBy<T extends { readonly metrics: BacktestMetrics; readonly id: number }>(rows: readonly T[], metric: RankMetric): T[] {
  const sign = LOWER_IS_BETTER.has(metric) ? 1 : -1;
  const score = (row: T): number => {
    const value = row.metrics[metric];
    return Number.isNaN(value) ? Infinity : sign * value;
  };
  return [...rows].sort((a, b) => score(a) - score(b) || a.id - b.id);
}

export function isRankMetric(value: string): value is RankMetric {
  return (RANK_METRICS as readonly string[]).includes(value);
}
