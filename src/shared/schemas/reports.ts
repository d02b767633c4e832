import { z } from 'zod';
import { DEPLOYMENT_MODES, PERFORMANCE_PERIODS } from '../domain/enums';
import { EpochMs } from './common';

/*
 * Reports: one per account and finished UTC day (with a per-symbol and per-deployment
 * breakdown), the account's value over time from portfolio snapshots, and live/paper results
 * per strategy and period. Amounts are decimal strings in the report's quote asset; every
 * `...Pct` is a percentage (2.5 is 2.5 %), every rate a fraction (0.6 is 60 %).
 */

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A UTC calendar day, "2024-03-01". */
export const ReportDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A UTC day written YYYY-MM-DD')
  .refine((text) => isCalendarDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))), 'Not a calendar day');

/** A UTC calendar month, "2024-03". */
export const ReportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A UTC month written YYYY-MM');

const AccountId = z.number().int().positive();

export const DailyReportsInputSchema = z.object({ accountId: AccountId, month: ReportMonthSchema }).strict();
export const DailyReportInputSchema = z.object({ accountId: AccountId, day: ReportDaySchema }).strict();
export const ReportGenerateInputSchema = z.object({ accountId: AccountId }).strict();

/** What trading came to over one day (or month): executions, money moved, and what it made. */
export const TradeFiguresSchema = z.object({
  /** Executions: buys plus sells. */
  tradeCount: z.number().int(),
  buyCount: z.number().int(),
  sellCount: z.number().int(),
  /** Sells (round trips closed) that made money, and that lost money. */
  winCount: z.number().int(),
  lossCount: z.number().int(),
  /** Quote value traded, buys and sells. */
  volume: z.string(),
  /** Fees valued in the quote asset. */
  fees: z.string(),
  /** Realized on sells, net of fees. */
  realizedPnl: z.string(),
  /** Cost (average cost, fees included) of what the sells took out of the holding. */
  costClosed: z.string(),
  /** Realized P&L over `costClosed`, in percent; null when nothing with a cost was sold. */
  realizedPct: z.string().nullable(),
});
export type TradeFigures = z.infer<typeof TradeFiguresSchema>;

export const SymbolDaySchema = TradeFiguresSchema.extend({
  symbol: z.string(),
  quoteAsset: z.string(),
  /** False for a symbol quoted in another asset than the report: shown, never added into the totals. */
  isInTotals: z.boolean(),
});
export type SymbolDay = z.infer<typeof SymbolDaySchema>;

export const DeploymentDaySchema = TradeFiguresSchema.extend({
  deploymentId: z.number().int(),
  strategyName: z.string(),
  strategyType: z.string(),
  symbol: z.string(),
  mode: z.enum(DEPLOYMENT_MODES),
  quoteAsset: z.string(),
  /** Paper: the simulated cash plus position at the end of the day (from the closing snapshot); live: null. */
  endingEquity: z.string().nullable(),
  endingCash: z.string().nullable(),
  positionQty: z.string().nullable(),
});
export type DeploymentDay = z.infer<typeof DeploymentDaySchema>;

/** One asset of the account at a snapshot: what was held, the price used, and its value in the quote asset. */
export const HoldingSchema = z.object({
  asset: z.string(),
  free: z.string(),
  locked: z.string(),
  /** Null when no market prices the asset in the quote asset: it is left out of the total. */
  price: z.string().nullable(),
  value: z.string().nullable(),
});
export type Holding = z.infer<typeof HoldingSchema>;

/** A paper deployment's simulated money at a snapshot; never part of the account's value. */
export const PaperEquitySchema = z.object({
  deploymentId: z.number().int(),
  symbol: z.string(),
  cash: z.string(),
  positionQty: z.string(),
  equity: z.string(),
});
export type PaperEquity = z.infer<typeof PaperEquitySchema>;

export const UnvaluedAmountSchema = z.object({ asset: z.string(), amount: z.string() });

export const DailyReportSchema = TradeFiguresSchema.extend({
  accountId: z.number().int(),
  day: ReportDaySchema,
  dayStart: EpochMs,
  quoteAsset: z.string(),
  /** The account's value at the snapshot closest before the day began / ended; null with no snapshot. */
  startingEquity: z.string().nullable(),
  endingEquity: z.string().nullable(),
  /** When those snapshots were taken. */
  startingAt: EpochMs.nullable(),
  endingAt: EpochMs.nullable(),
  equityChange: z.string().nullable(),
  equityChangePct: z.string().nullable(),
  /** Deepest fall of the value from a peak within the day, from its snapshots. */
  maxDrawdownPct: z.number(),
  /** The quote asset held (free plus locked) at the closing snapshot. */
  cash: z.string().nullable(),
  balances: z.array(HoldingSchema),
  /** Fees paid in an asset no snapshot priced (BNB without a BNB market price): not in `fees`. */
  unvaluedFees: z.array(UnvaluedAmountSchema),
  symbols: z.array(SymbolDaySchema),
  deployments: z.array(DeploymentDaySchema),
  /** Today so far, computed on request and not stored; stored reports are of finished days. */
  isPartial: z.boolean(),
  createdAt: EpochMs,
});
export type DailyReport = z.infer<typeof DailyReportSchema>;

export const MonthTotalsSchema = TradeFiguresSchema.extend({
  startingEquity: z.string().nullable(),
  endingEquity: z.string().nullable(),
});
export type MonthTotals = z.infer<typeof MonthTotalsSchema>;

export const DailyReportsSchema = z.object({
  accountId: z.number().int(),
  month: ReportMonthSchema,
  /** The month's reports, newest day first. */
  days: z.array(DailyReportSchema),
  /** Added over the days of the month in the report's quote asset; null with no report. */
  totals: MonthTotalsSchema.nullable(),
  /** Every month of the account that has a report, newest first. */
  months: z.array(ReportMonthSchema),
});
export type DailyReports = z.infer<typeof DailyReportsSchema>;

export const SnapshotsInputSchema = z
  .object({
    accountId: AccountId,
    /** Inclusive bounds; the last 30 days when left out. */
    from: EpochMs.optional(),
    to: EpochMs.optional(),
    /** More snapshots than this are thinned evenly (the first and last always kept). */
    maxPoints: z.number().int().min(2).max(20_000).default(2_000),
  })
  .strict();

export const EquityPointSchema = z.object({ ts: EpochMs, totalValue: z.string(), cash: z.string() });
export type EquityPoint = z.infer<typeof EquityPointSchema>;

export const PortfolioSnapshotSchema = z.object({
  accountId: z.number().int(),
  ts: EpochMs,
  quoteAsset: z.string(),
  totalValue: z.string(),
  cash: z.string(),
  holdings: z.array(HoldingSchema),
  paper: z.array(PaperEquitySchema),
});
export type PortfolioSnapshot = z.infer<typeof PortfolioSnapshotSchema>;

export const SnapshotsSchema = z.object({
  accountId: z.number().int(),
  quoteAsset: z.string().nullable(),
  /** Oldest first. */
  points: z.array(EquityPointSchema),
  /** Snapshots in the range before thinning. */
  count: z.number().int(),
  /** The newest snapshot in the range, with what it held. */
  latest: PortfolioSnapshotSchema.nullable(),
});
export type Snapshots = z.infer<typeof SnapshotsSchema>;

export const PerformanceInputSchema = z
  .object({
    strategyId: z.number().int().positive().optional(),
    mode: z.enum(DEPLOYMENT_MODES).optional(),
    period: z.enum(PERFORMANCE_PERIODS).default('all'),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const PerformanceRowSchema = z.object({
  strategyId: z.number().int(),
  strategyName: z.string(),
  strategyType: z.string(),
  mode: z.enum(DEPLOYMENT_MODES),
  period: z.enum(PERFORMANCE_PERIODS),
  periodStart: EpochMs,
  /** The end of the last finished day counted (exclusive). */
  periodEnd: EpochMs,
  quoteAsset: z.string(),
  tradeCount: z.number().int(),
  winRate: z.number().nullable(),
  netPnl: z.string(),
  returnPct: z.number().nullable(),
  maxDrawdownPct: z.number().nullable(),
  /** Mean over standard deviation of daily returns, times √365; null with fewer than two days. */
  sharpe: z.number().nullable(),
  sortino: z.number().nullable(),
  /** Gross profit over gross loss; null with no losing trade. */
  profitFactor: z.number().nullable(),
  computedAt: EpochMs,
});
export type PerformanceRow = z.infer<typeof PerformanceRowSchema>;

export const PerformanceSchema = z.object({ rows: z.array(PerformanceRowSchema) });

/** Pushed once when a finished day's report is stored: what a notification needs to say. */
export const DailyReadySchema = z.object({
  accountId: z.number().int(),
  day: ReportDaySchema,
  quoteAsset: z.string(),
  tradeCount: z.number().int(),
  realizedPnl: z.string(),
  endingEquity: z.string().nullable(),
  equityChangePct: z.string().nullable(),
});
export type DailyReady = z.infer<typeof DailyReadySchema>;
