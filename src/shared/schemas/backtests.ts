import { z } from 'zod';
import { BACKTEST_STATUSES } from '../domain/enums';
import { IntervalSchema } from './candles';
import { EpochMs } from './common';

/** A strategy the workstation can run; the UI builds the parameter form from `paramsSchema`. */
export const StrategyInfoSchema = z.object({
  type: z.string(),
  name: z.string(),
  version: z.number().int(),
  description: z.string(),
  /** JSON Schema of the parameters (types, bounds, defaults). */
  paramsSchema: z.record(z.string(), z.unknown()),
  defaults: z.record(z.string(), z.unknown()),
});
export type StrategyInfo = z.infer<typeof StrategyInfoSchema>;

/** Metrics are numbers; a profit factor with no losing trade is "Infinity" in storage, so null here. */
export const BacktestMetricsSchema = z.record(z.string(), z.number().nullable());

export const BacktestSummarySchema = z.object({
  id: z.number().int(),
  strategy: z.string(),
  strategyVersion: z.number().int(),
  params: z.record(z.string(), z.unknown()),
  parameterHash: z.string(),
  venue: z.string(),
  symbol: z.string(),
  interval: IntervalSchema,
  rangeStart: EpochMs,
  rangeEnd: EpochMs,
  initialCapital: z.number(),
  makerFee: z.number(),
  takerFee: z.number(),
  slippageBps: z.number(),
  status: z.enum(BACKTEST_STATUSES),
  error: z.string().nullable(),
  metrics: BacktestMetricsSchema.nullable(),
  fingerprint: z.string().nullable(),
  createdAt: EpochMs,
});
export type BacktestSummary = z.infer<typeof BacktestSummarySchema>;

export const BacktestListInputSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict();

export const BacktestRefInputSchema = z.object({ id: z.number().int().positive() }).strict();

export const BacktestTradeSchema = z.object({
  seq: z.number().int(),
  entryTime: EpochMs,
  entryPrice: z.number(),
  exitTime: EpochMs.nullable(),
  exitPrice: z.number().nullable(),
  quantity: z.number(),
  fees: z.number(),
  pnl: z.number(),
  returnPct: z.number(),
  exitReason: z.string().nullable(),
});

/** A run with its trades and its equity curve, thinned to at most a few thousand points for drawing. */
export const BacktestDetailSchema = z.object({
  run: BacktestSummarySchema,
  trades: z.array(BacktestTradeSchema),
  curve: z.object({
    time: z.array(EpochMs),
    equity: z.array(z.number()),
    /** Fall from the running peak, as a fraction (0.1 = 10 %), the deepest in each thinned step. */
    drawdown: z.array(z.number()),
  }),
});
export type BacktestDetail = z.infer<typeof BacktestDetailSchema>;

export const BacktestRunInputSchema = z
  .object({
    strategy: z.string().min(1).max(60),
    params: z.record(z.string(), z.unknown()).default({}),
    venue: z.string().min(1).max(300).default('binance'),
    symbol: z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT'),
    interval: IntervalSchema,
    from: EpochMs,
    to: EpochMs,
    initialCapital: z.number().positive().max(1e12).default(10_000),
    makerFee: z.number().min(0).max(0.1).default(0.001),
    takerFee: z.number().min(0).max(0.1).default(0.001),
    slippageBps: z.number().min(0).max(1000).default(0),
    limits: z
      .object({
        maxTradesPerDay: z.number().int().min(1).nullable(),
        maxAmountPerTrade: z.number().positive().nullable(),
        cooldownMs: z.number().int().min(0).nullable(),
        maxDrawdownPct: z.number().gt(0).max(1).nullable(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: '`from` must not be after `to`', path: ['to'] });

export const BacktestProgressSchema = z.object({
  id: z.number().int(),
  status: z.enum(BACKTEST_STATUSES),
  /** Share of the bars done, 0 to 1. */
  done: z.number().min(0).max(1),
});

/** One parameter's values in a sweep: a list, or from..to (inclusive) in steps. */
export const SweepAxisSchema = z.union([
  z.array(z.union([z.number(), z.string(), z.boolean(), z.null()])).min(1).max(1000),
  z.object({ from: z.number(), to: z.number(), step: z.number().positive() }).strict(),
]);

export const SWEEP_RANK_METRICS = ['sharpe', 'sortino', 'calmar', 'netProfitPct', 'cagr', 'profitFactor', 'expectancy', 'winRate', 'maxDrawdown'] as const;

export const SweepRunInputSchema = z
  .object({
    strategy: z.string().min(1).max(60),
    /** What every set starts from; the grid varies some of these. */
    params: z.record(z.string(), z.unknown()).default({}),
    grid: z.record(z.string(), SweepAxisSchema),
    rank: z.enum(SWEEP_RANK_METRICS).default('sharpe'),
    /** 0: a plain sweep. 2 or more: walk forward over that many windows. */
    walkForwardWindows: z.number().int().min(0).max(50).default(0),
    venue: z.string().min(1).max(300).default('binance'),
    symbol: z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT'),
    interval: IntervalSchema,
    from: EpochMs,
    to: EpochMs,
    initialCapital: z.number().positive().max(1e12).default(10_000),
    makerFee: z.number().min(0).max(0.1).default(0.001),
    takerFee: z.number().min(0).max(0.1).default(0.001),
    slippageBps: z.number().min(0).max(1000).default(0),
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: '`from` must not be after `to`', path: ['to'] })
  .refine((input) => Object.keys(input.grid).length > 0, { message: 'Give at least one parameter to vary', path: ['grid'] });

export const SWEEP_STATES = ['running', 'completed', 'failed', 'canceled'] as const;

export const SweepProgressSchema = z.object({
  id: z.number().int(),
  status: z.enum(SWEEP_STATES),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
});
export type SweepProgress = z.infer<typeof SweepProgressSchema>;

export const SweepRowSchema = z.object({
  params: z.record(z.string(), z.unknown()),
  metrics: BacktestMetricsSchema,
  fingerprint: z.string(),
});

export const SweepFoldSchema = z.object({
  trainFrom: EpochMs,
  trainTo: EpochMs,
  testFrom: EpochMs,
  testTo: EpochMs,
  params: z.record(z.string(), z.unknown()),
  trainMetrics: BacktestMetricsSchema,
  testMetrics: BacktestMetricsSchema,
});

/** A sweep's results (kept in memory while the app runs): every set ranked, or the walk-forward. */
export const SweepResultSchema = z.object({
  id: z.number().int(),
  progress: SweepProgressSchema,
  /** The axes the grid varied, in order, for tables and heatmaps. */
  axes: z.array(z.string()),
  rank: z.enum(SWEEP_RANK_METRICS),
  bars: z.number().int(),
  sets: z.number().int(),
  skipped: z.number().int(),
  threads: z.number().int(),
  elapsedMs: z.number(),
  rows: z.array(SweepRowSchema),
  walkForward: z
    .object({ folds: z.array(SweepFoldSchema), metrics: BacktestMetricsSchema, tradeCount: z.number().int(), fingerprint: z.string() })
    .nullable(),
});
export type SweepResultView = z.infer<typeof SweepResultSchema>;
