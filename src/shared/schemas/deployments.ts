import { z } from 'zod';
import { CANDLE_INTERVALS, DEPLOYMENT_MODES, DEPLOYMENT_STATUSES, SESSION_STOP_REASONS, SIGNALS } from '../domain/enums';
import { EpochMs } from './common';

const Amount = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, 'A plain decimal number such as 100 or 0.25')
  .refine((text) => Number(text) > 0, 'Must be more than 0');

const Symbol = z
  .string()
  .min(2)
  .max(20)
  .regex(/^[A-Z0-9]+$/, 'A Binance symbol such as BTCUSDT');

/** A deployment's own limits, on top of its account's gate; null is no limit. Hitting one pauses the deployment (a cooldown only skips the entry). */
export const DeploymentLimitsSchema = z
  .object({
    maxTradesPerDay: z.number().int().min(1).max(10_000).nullable(),
    /** Quote asset. */
    maxAmountPerTrade: Amount.nullable(),
    /** No entry for this long after a position closes. */
    cooldownMinutes: z.number().int().min(1).max(100_000).nullable(),
    /** Percent below the equity peak at which entries stop and the deployment pauses. */
    maxDrawdownPct: z.number().positive().max(100).nullable(),
  })
  .strict();
export type DeploymentLimits = z.infer<typeof DeploymentLimitsSchema>;

export const NO_DEPLOYMENT_LIMITS: DeploymentLimits = { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: null };

const Params = z.record(z.string(), z.unknown());

export const DeploymentCreateInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    strategyType: z.string().min(1).max(60),
    /** Checked by the strategy's own schema; `amountPerTrade` here wins over one in `params`. */
    params: Params.default({}),
    symbol: Symbol,
    timeframe: z.enum(CANDLE_INTERVALS),
    amountPerTrade: Amount,
    mode: z.enum(DEPLOYMENT_MODES),
    /** Paper mode's simulated quote balance; 10000 when left out. */
    paperCapital: Amount.optional(),
    limits: DeploymentLimitsSchema.optional(),
    /** Start right away (the default) or leave it stopped. */
    start: z.boolean().default(true),
  })
  .strict();
export type DeploymentCreateInput = z.input<typeof DeploymentCreateInputSchema>;

export const DeploymentRefInputSchema = z.object({ id: z.number().int().positive() }).strict();

/** Edits of a paused or stopped deployment; new parameters become a new version. */
export const DeploymentUpdateInputSchema = z
  .object({
    id: z.number().int().positive(),
    params: Params.optional(),
    amountPerTrade: Amount.optional(),
    limits: DeploymentLimitsSchema.optional(),
  })
  .strict();
export type DeploymentUpdateInput = z.infer<typeof DeploymentUpdateInputSchema>;

export const DeploymentListInputSchema = z.object({ accountId: z.number().int().positive().optional() }).strict();

/** What the runner keeps of a deployment; amounts in the quote asset. */
export const DeploymentStateSchema = z.object({
  positionQty: z.string(),
  entryPrice: z.string().nullable(),
  /** Paper: the simulated cash; live: null. */
  cash: z.string().nullable(),
  /** Cash plus the position at the last close (paper), or the realized plus unrealized P&L over the capital used (live). */
  equity: z.string().nullable(),
  tradesToday: z.number().int(),
  tradesTotal: z.number().int(),
  wins: z.number().int(),
  losses: z.number().int(),
  realizedPnl: z.string(),
  unrealizedPnl: z.string(),
  drawdownPct: z.number(),
  maxDrawdownPct: z.number(),
  lastSignal: z.enum(SIGNALS).nullable(),
  lastSignalAt: EpochMs.nullable(),
  lastRunAt: EpochMs.nullable(),
  lastBarTime: EpochMs.nullable(),
  lastError: z.string().nullable(),
});
export type DeploymentState = z.infer<typeof DeploymentStateSchema>;

export const DeploymentSchema = z.object({
  id: z.number().int(),
  accountId: z.number().int(),
  strategyType: z.string(),
  strategyName: z.string(),
  params: Params,
  paramsVersion: z.number().int(),
  symbol: z.string(),
  timeframe: z.enum(CANDLE_INTERVALS),
  amountPerTrade: z.string(),
  mode: z.enum(DEPLOYMENT_MODES),
  paperCapital: z.string().nullable(),
  status: z.enum(DEPLOYMENT_STATUSES),
  statusReason: z.string().nullable(),
  limits: DeploymentLimitsSchema,
  state: DeploymentStateSchema,
  /** The open trading session, if any. */
  sessionId: z.number().int().nullable(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Deployment = z.infer<typeof DeploymentSchema>;

export const DeploymentVersionSchema = z.object({
  version: z.number().int(),
  params: Params,
  parameterHash: z.string(),
  createdAt: EpochMs,
});
export type DeploymentVersion = z.infer<typeof DeploymentVersionSchema>;

/** One evaluation of a closed bar: what the strategy read, what it said, and what came of it. */
export const DecisionSchema = z.object({
  id: z.number().int(),
  deploymentId: z.number().int(),
  /** When it was evaluated. */
  ts: EpochMs,
  /** Open time of the bar evaluated. */
  barTime: EpochMs.nullable(),
  signal: z.enum(SIGNALS),
  strength: z.number().nullable(),
  reason: z.string(),
  /** Indicator values by name; null during the warm-up. */
  inputs: z.record(z.string(), z.number().nullable()),
  orderClientId: z.string().nullable(),
  noOrderReason: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const DecisionListInputSchema = z
  .object({
    deploymentId: z.number().int().positive(),
    /** Bar open times, inclusive. */
    from: EpochMs.optional(),
    to: EpochMs.optional(),
    /** Only buys and sells (the default), or every evaluation. */
    signalsOnly: z.boolean().default(true),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const TradingSessionSchema = z.object({
  id: z.number().int(),
  deploymentId: z.number().int(),
  startedAt: EpochMs,
  endedAt: EpochMs.nullable(),
  initialBalance: z.string(),
  finalBalance: z.string().nullable(),
  tradeCount: z.number().int(),
  winCount: z.number().int(),
  winRate: z.number().nullable(),
  stopReason: z.enum(SESSION_STOP_REASONS).nullable(),
  stopMessage: z.string().nullable(),
  /** Open times of the first and newest closed bars it traded on; null before its first bar (or for a session older than these columns). */
  firstBarTime: EpochMs.nullable(),
  lastBarTime: EpochMs.nullable(),
  /** The parameter version it started with. */
  paramsVersion: z.number().int().nullable(),
});
export type TradingSession = z.infer<typeof TradingSessionSchema>;

export const DeploymentTradeSchema = z.object({
  id: z.number().int(),
  sessionId: z.number().int().nullable(),
  mode: z.enum(DEPLOYMENT_MODES),
  entryTime: EpochMs,
  entryPrice: z.number(),
  exitTime: EpochMs,
  exitPrice: z.number(),
  quantity: z.number(),
  fees: z.number(),
  pnl: z.number(),
  returnPct: z.number(),
  entryReason: z.string(),
  exitReason: z.string(),
  entryOrderClientId: z.string().nullable(),
  exitOrderClientId: z.string().nullable(),
});
export type DeploymentTrade = z.infer<typeof DeploymentTradeSchema>;
