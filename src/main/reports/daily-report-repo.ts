import { and, desc, eq, gte, lt, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { EpochMs } from '../../shared/schemas/common';
import { DeploymentDaySchema, HoldingSchema, SymbolDaySchema, UnvaluedAmountSchema, type DailyReport } from '../../shared/schemas/reports';
import { type StoreDb } from '../store/open-store';
import { dailyReports } from '../store/schema';
import { isoDay } from './utc-days';
import { equityChange } from './equity-change';

type Reader = Pick<StoreDb, 'select'>;
type DailyRow = typeof dailyReports.$inferSelect;

/** What `daily_reports.details` holds beside the row's own columns. */
const StoredDetailsSchema = z.object({
  buyCount: z.number().int(),
  sellCount: z.number().int(),
  lossCount: z.number().int(),
  costClosed: z.string(),
  realizedPct: z.string().nullable(),
  /** Null: no snapshot, and the row's equity column holds "0" only because it cannot be null. */
  startingAt: EpochMs.nullable(),
  endingAt: EpochMs.nullable(),
  cash: z.string().nullable(),
  balances: z.array(HoldingSchema),
  unvaluedFees: z.array(UnvaluedAmountSchema),
  symbols: z.array(SymbolDaySchema),
  deployments: z.array(DeploymentDaySchema),
});
type StoredDetails = z.infer<typeof StoredDetailsSchema>;

/** Stores a finished day's report; false when the account has one for that day already (reports are written once). */
export function insertDailyReport(db: Pick<StoreDb, 'insert'>, report: DailyReport): boolean {
  const details: StoredDetails = {
    buyCount: report.buyCount,
    sellCount: report.sellCount,
    lossCount: report.lossCount,
    costClosed: report.costClosed,
    realizedPct: report.realizedPct,
    startingAt: report.startingAt,
    endingAt: report.endingAt,
    cash: report.cash,
    balances: report.balances,
    unvaluedFees: report.unvaluedFees,
    symbols: report.symbols,
    deployments: report.deployments,
  };
  const result = db
    .insert(dailyReports)
    .values({
      accountId: report.accountId,
      day: report.dayStart,
      quoteAsset: report.quoteAsset,
      startingEquity: report.startingEquity ?? '0',
      endingEquity: report.endingEquity ?? '0',
      realizedPnl: report.realizedPnl,
      fees: report.fees,
      volume: report.volume,
      tradeCount: report.tradeCount,
      winCount: report.winCount,
      maxDrawdownPct: report.maxDrawdownPct,
      details: JSON.stringify(details),
      createdAt: report.createdAt,
    })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

function toDailyReport(row: DailyRow): DailyReport {
  const details = StoredDetailsSchema.parse(JSON.parse(row.details));
  const startingEquity = details.startingAt === null ? null : row.startingEquity;
  const endingEquity = details.endingAt === null ? null : row.endingEquity;
  return {
    accountId: row.accountId,
    day: isoDay(row.day),
    dayStart: row.day,
    quoteAsset: row.quoteAsset,
    startingEquity,
    endingEquity,
    startingAt: details.startingAt,
    endingAt: details.endingAt,
    ...equityChange(startingEquity, endingEquity),
    maxDrawdownPct: row.maxDrawdownPct,
    tradeCount: row.tradeCount,
    buyCount: details.buyCount,
    sellCount: details.sellCount,
    winCount: row.winCount,
    lossCount: details.lossCount,
    volume: row.volume,
    fees: row.fees,
    realizedPnl: row.realizedPnl,
    costClosed: details.costClosed,
    realizedPct: details.realizedPct,
    cash: details.cash,
    balances: details.balances,
    unvaluedFees: details.unvaluedFees,
    symbols: details.symbols,
    deployments: details.deployments,
    isPartial: false,
    createdAt: row.createdAt,
  };
}

/** The account's reports of days in [from, to), newest first. */
export function readDailyReports(db: Reader, accountId: number, from: number, to: number): DailyReport[] {
  return db
    .select()
    .from(dailyReports)
    .where(and(eq(dailyReports.accountId, accountId), gte(dailyReports.day, from), lt(dailyReports.day, to)))
    .orderBy(desc(dailyReports.day))
    .all()
    .map(toDailyReport);
}

export function readDailyReport(db: Reader, accountId: number, dayStart: number): DailyReport | null {
  const row = db
    .select()
    .from(dailyReports)
    .where(and(eq(dailyReports.accountId, accountId), eq(dailyReports.day, dayStart)))
    .get();
  return row === undefined ? null : toDailyReport(row);
}

/** The newest day the account has a report of. */
export function lastReportDay(db: Reader, accountId: number): number | null {
  return db.select({ day: max(dailyReports.day) }).from(dailyReports).where(eq(dailyReports.accountId, accountId)).get()?.day ?? null;
}

/** Every UTC month (YYYY-MM) with a report of the account, newest first. */
export function reportMonths(db: Pick<StoreDb, 'selectDistinct'>, accountId: number): string[] {
  const month = sql<string>`strftime('%Y-%m', ${dailyReports.day} / 1000, 'unixepoch')`;
  return db
    .selectDistinct({ month })
    .from(dailyReports)
    .where(eq(dailyReports.accountId, accountId))
    .orderBy(desc(month))
    .all()
    .map((row) => row.month);
}
