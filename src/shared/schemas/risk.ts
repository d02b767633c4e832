import { z } from 'zod';
import { EpochMs } from './common';

const Amount = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, 'A plain decimal number such as 500 or 0.25');

/**
 * One account's pre-trade limits; null means no limit. Amounts are in the quote asset of the
 * order's symbol (a USDT limit is compared with a BTCUSDT order's value in USDT).
 */
export const RiskLimitsSchema = z.object({
  accountId: z.number().int().positive(),
  /** Largest value of one order, in its quote asset (price × quantity, or the quote amount). */
  maxOrderValue: Amount.nullable(),
  /** Open orders on the account, across every symbol, after this one is placed. */
  maxOpenOrders: z.number().int().min(1).max(10_000).nullable(),
  /** Orders sent in the last 60 seconds, after this one. */
  maxOrdersPerMinute: z.number().int().min(1).max(10_000).nullable(),
  /** How far a limit or stop price may sit from the last price, in percent (fat-finger guard). */
  priceBandPct: z.number().positive().max(1000).nullable(),
  /** Realized loss since 00:00 UTC, in the quote asset, at which new orders stop. */
  dailyLossLimit: Amount.nullable(),
  updatedAt: EpochMs.nullable(),
});
export type RiskLimits = z.infer<typeof RiskLimitsSchema>;

export const RiskLimitsInputSchema = RiskLimitsSchema.omit({ updatedAt: true }).strict();
export type RiskLimitsInput = z.infer<typeof RiskLimitsInputSchema>;

export const RISK_RULES = ['killSwitch', 'maxOrderValue', 'maxOpenOrders', 'maxOrdersPerMinute', 'priceBandPct', 'dailyLossLimit'] as const;
export type RiskRule = (typeof RISK_RULES)[number];

/** Why the gate refused an order: which limit, what it allows, what the order asked for. */
export const RiskRefusalSchema = z.object({
  rule: z.enum(RISK_RULES),
  message: z.string(),
  limit: z.string().nullable(),
  actual: z.string().nullable(),
  /** By how much the order goes past the limit, in the limit's unit. */
  excess: z.string().nullable(),
});
export type RiskRefusal = z.infer<typeof RiskRefusalSchema>;

export const KillSwitchSchema = z.object({
  isActive: z.boolean(),
  reason: z.string().nullable(),
  since: EpochMs.nullable(),
});
export type KillSwitch = z.infer<typeof KillSwitchSchema>;

export const KillSwitchEngageInputSchema = z.object({ reason: z.string().max(200).optional() }).strict();

/** What engaging did: orders cancelled, and any the exchange did not cancel (with why). */
export const KillSwitchReportSchema = z.object({
  killSwitch: KillSwitchSchema,
  cancelled: z.number().int(),
  failures: z.array(z.object({ accountId: z.number().int(), symbol: z.string(), message: z.string() })),
  deploymentsStopped: z.number().int(),
});
export type KillSwitchReport = z.infer<typeof KillSwitchReportSchema>;
