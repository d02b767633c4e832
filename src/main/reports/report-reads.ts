import { Decimal } from '../../shared/exchange/decimal';
import { formatAmount, formatPercent } from '../../shared/portfolio/position-view';
import { type DailyReport, type DailyReports, type MonthTotals, type Snapshots } from '../../shared/schemas/reports';
import { AppError } from '../api/app-error';
import { type StoreDb } from '../store/open-store';
import { readDailyReport, readDailyReports, reportMonths } from './daily-report-repo';
import { curveRows, toPortfolioSnapshot, type CurvePoint } from './snapshot-repo';
import { StoredHoldingsSchema } from './snapshot-value';
import { DAY_MS, monthRange, parseIsoDay } from './utc-days';

/** The equity curve shows the last 30 days unless asked for another range. */
const DEFAULT_CURVE_DAYS = 30;

/** Added over a month's days (all in the report's one quote asset); value from its first start to its last end. */
export function monthTotals(days: readonly DailyReport[]): MonthTotals | null {
  if (days.length === 0) return null;
  const add = (pick: (report: DailyReport) => string): Decimal => days.reduce((sum, report) => sum.plus(pick(report)), new Decimal(0));
  const count = (pick: (report: DailyReport) => number): number => days.reduce((sum, report) => sum + pick(report), 0);
  const realized = add((report) => report.realizedPnl);
  const costClosed = add((report) => report.costClosed);
  const oldestFirst = [...days].sort((a, b) => a.dayStart - b.dayStart);
  return {
    tradeCount: count((report) => report.tradeCount),
    buyCount: count((report) => report.buyCount),
    sellCount: count((report) => report.sellCount),
    winCount: count((report) => report.winCount),
    lossCount: count((report) => report.lossCount),
    volume: formatAmount(add((report) => report.volume)),
    fees: formatAmount(add((report) => report.fees)),
    realizedPnl: formatAmount(realized),
    costClosed: formatAmount(costClosed),
    realizedPct: formatPercent(realized, costClosed),
    startingEquity: oldestFirst.find((report) => report.startingEquity !== null)?.startingEquity ?? null,
    endingEquity: oldestFirst.findLast((report) => report.endingEquity !== null)?.endingEquity ?? null,
  };
}

export function monthReports(db: StoreDb, accountId: number, month: string): DailyReports {
  const { start, end } = monthRange(month);
  const days = readDailyReports(db, accountId, start, end);
  return { accountId, month, days, totals: monthTotals(days), months: reportMonths(db, accountId) };
}

export function dayReport(db: StoreDb, accountId: number, day: string): DailyReport {
  const report = readDailyReport(db, accountId, parseIsoDay(day));
  if (report === null) throw new AppError('NOT_FOUND', `Account ${accountId} has no report of ${day}`);
  return report;
}

/** `max` items spread evenly over `items`, the first and the last always among them. */
export function thinEvenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const kept: T[] = [];
  for (let i = 0; i < max; i++) kept.push(items[Math.round((i * (items.length - 1)) / (max - 1))] as T);
  return kept;
}

function cashOf(row: CurvePoint): string {
  return StoredHoldingsSchema.parse(JSON.parse(row.holdings)).cash;
}

export function equityCurve(db: StoreDb, input: { accountId: number; from?: number | undefined; to?: number | undefined; maxPoints: number }, now: number): Snapshots {
  const to = input.to ?? now;
  const from = input.from ?? to - DEFAULT_CURVE_DAYS * DAY_MS;
  if (from > to) throw new AppError('BAD_INPUT', '`from` is after `to`');
  const rows = curveRows(db, input.accountId, from, to);
  const last = rows.at(-1);
  return {
    accountId: input.accountId,
    quoteAsset: last?.quoteAsset ?? null,
    points: thinEvenly(rows, input.maxPoints).map((row) => ({ ts: row.ts, totalValue: row.totalValue, cash: cashOf(row) })),
    count: rows.length,
    latest: last === undefined ? null : toPortfolioSnapshot(input.accountId, last),
  };
}
