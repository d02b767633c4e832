import { and, desc, eq } from 'drizzle-orm';
import { type DeploymentMode, type PerformancePeriod } from '../../shared/domain/enums';
import { type PerformanceRow } from '../../shared/schemas/reports';
import { type StoreDb } from '../store/open-store';
import { performanceMetrics, strategies } from '../store/schema';
import { strategyDisplayName } from './report-sources';

export type NewPerformanceRow = Omit<PerformanceRow, 'strategyName' | 'strategyType'>;

/** Writes a strategy's figures for one period, replacing what an earlier day wrote for it. */
export function upsertPerformance(db: Pick<StoreDb, 'insert'>, row: NewPerformanceRow): void {
  const { strategyId: _strategyId, mode: _mode, period: _period, periodStart: _periodStart, ...figures } = row;
  db.insert(performanceMetrics)
    .values(row)
    .onConflictDoUpdate({
      target: [performanceMetrics.strategyId, performanceMetrics.mode, performanceMetrics.period, performanceMetrics.periodStart],
      set: figures,
    })
    .run();
}

export interface PerformanceFilter {
  readonly strategyId?: number | undefined;
  readonly mode?: DeploymentMode | undefined;
  readonly period: PerformancePeriod;
  readonly limit: number;
}

/** Stored figures, newest period first, then by strategy and mode. */
export function readPerformance(db: Pick<StoreDb, 'select'>, filter: PerformanceFilter): PerformanceRow[] {
  return db
    .select({ metrics: performanceMetrics, strategyType: strategies.type, parameters: strategies.parameters })
    .from(performanceMetrics)
    .innerJoin(strategies, eq(strategies.id, performanceMetrics.strategyId))
    .where(
      and(
        eq(performanceMetrics.period, filter.period),
        filter.strategyId === undefined ? undefined : eq(performanceMetrics.strategyId, filter.strategyId),
        filter.mode === undefined ? undefined : eq(performanceMetrics.mode, filter.mode),
      ),
    )
    .orderBy(desc(performanceMetrics.periodStart), performanceMetrics.strategyId, performanceMetrics.mode)
    .limit(filter.limit)
    .all()
    .map(({ metrics: { id: _id, ...metrics }, strategyType, parameters }) => ({ ...metrics, strategyType, strategyName: strategyDisplayName(parameters, strategyType) }));
}
