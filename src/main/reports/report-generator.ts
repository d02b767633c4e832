import { type SymbolAssets } from '../../shared/portfolio/average-cost';
import { type DailyReport } from '../../shared/schemas/reports';
import { type EventBus } from '../core/event-bus';
import { type StoreDb } from '../store/open-store';
import { insertDailyReport, lastReportDay } from './daily-report-repo';
import { dayReports } from './day-reports';
import { updatePerformance } from './performance-update';
import { firstTradingActivity } from './report-sources';
import { firstSnapshotTime } from './snapshot-repo';
import { DAY_MS, dayStartOf } from './utc-days';

export interface ReportGeneratorDeps {
  readonly db: StoreDb;
  readonly bus: EventBus;
  readonly accountIds: () => readonly number[];
  /** Base and quote asset of a symbol on the account's venue. */
  readonly assetsOf: (accountId: number) => (symbol: string) => SymbolAssets;
}

export interface GenerationResult {
  readonly reports: readonly DailyReport[];
  readonly performanceRows: number;
}

/** The first day an account still needs a report of: after its newest report, else its first known day. */
function firstMissingDay(db: StoreDb, accountId: number): number | null {
  const last = lastReportDay(db, accountId);
  if (last !== null) return last + DAY_MS;
  const known = [firstTradingActivity(db, accountId), firstSnapshotTime(db, accountId)].filter((time): time is number => time !== null);
  return known.length === 0 ? null : dayStartOf(Math.min(...known));
}

/**
 * Writes the report of every finished UTC day each account lacks, from the day after its newest
 * report (or its first fill, session or snapshot) up to yesterday: days missed while the app was
 * closed are caught up, and a day already written is never written again (the table's unique
 * key refuses it too). Days nothing is known of are skipped. Each new report is announced with
 * `reports.dailyReady`, then the strategies' figures of those days' periods are recomputed.
 */
export function generateFinishedDays(deps: ReportGeneratorDeps, now: number): GenerationResult {
  const { db } = deps;
  const today = dayStartOf(now);
  const written: DailyReport[] = [];
  for (const accountId of deps.accountIds()) {
    const from = firstMissingDay(db, accountId);
    if (from === null || from >= today) continue;
    const reports = dayReports(db, { accountId, from, to: today, assetsOf: deps.assetsOf(accountId), isActiveOnly: true, isPartial: false, now });
    db.transaction((tx) => {
      for (const report of reports) if (insertDailyReport(tx, report)) written.push(report);
    });
  }
  for (const report of written) {
    deps.bus.emit('reports.dailyReady', {
      accountId: report.accountId,
      day: report.day,
      quoteAsset: report.quoteAsset,
      tradeCount: report.tradeCount,
      realizedPnl: report.realizedPnl,
      endingEquity: report.endingEquity,
      equityChangePct: report.equityChangePct,
    });
  }
  const days = [...new Set(written.map((report) => report.dayStart))].sort((a, b) => a - b);
  const quoteOf = (deployment: { accountId: number; symbol: string }): string => deps.assetsOf(deployment.accountId)(deployment.symbol).quoteAsset;
  return { reports: written, performanceRows: updatePerformance(db, days, quoteOf, now) };
}
