import { z } from 'zod';
import { EpochMs } from './common';

export const BalanceSchema = z.object({ asset: z.string(), free: z.string(), locked: z.string() });
export type Balance = z.infer<typeof BalanceSchema>;

export const BalancesSchema = z.object({
  accountId: z.number().int(),
  balances: z.array(BalanceSchema),
  /** The account's commission rates as fractions ("0.001" is 0.1 %), for the ticket's estimate. */
  makerRate: z.string(),
  takerRate: z.string(),
  fetchedAt: EpochMs,
});
export type Balances = z.infer<typeof BalancesSchema>;

/** A fee paid in an asset that is neither side of the symbol, which no price was found to value. */
export const UnvaluedFeeSchema = z.object({ asset: z.string(), amount: z.string() });

/**
 * What the fills of one symbol add up to, by average cost: fees paid in quote (or valued in
 * quote) are part of the cost; a fee taken in base shrinks the quantity held.
 */
export const PositionSchema = z.object({
  symbol: z.string(),
  baseAsset: z.string(),
  quoteAsset: z.string(),
  /** Base held according to the fills (not the balance, which deposits also move). */
  quantity: z.string(),
  /** Cost of what is held, fees included, in quote. */
  costBasis: z.string(),
  averageEntry: z.string().nullable(),
  lastPrice: z.string().nullable(),
  marketValue: z.string().nullable(),
  unrealizedPnl: z.string().nullable(),
  /** Unrealized P&L over the cost basis, in percent ("2.5" is 2.5 %); null with no cost or no price. */
  unrealizedPct: z.string().nullable(),
  realizedPnl: z.string(),
  /** Realized P&L over the cost of what was sold, in percent; null before any sale with a cost. */
  realizedPct: z.string().nullable(),
  /**
   * Every fee of the symbol valued in quote: a base fee at its fill's price, a third-asset fee
   * (BNB) at the CURRENT last price of `<asset><quote>`, not the price at the fill.
   */
  feesPaid: z.string(),
  unvaluedFees: z.array(UnvaluedFeeSchema),
  /** Base sold beyond what the fills bought (held from before): no cost basis, no P&L. */
  untrackedSold: z.string(),
  fills: z.number().int(),
  lastFillAt: EpochMs.nullable(),
});
export type Position = z.infer<typeof PositionSchema>;

export const PositionsInputSchema = z.object({ accountId: z.number().int().positive(), isOpenOnly: z.boolean().default(false) }).strict();
export const PositionsSchema = z.object({ accountId: z.number().int(), positions: z.array(PositionSchema), pricedAt: EpochMs });

export const PNL_PERIODS = ['day', 'week', 'month'] as const;
export type PnlPeriod = (typeof PNL_PERIODS)[number];

export const PnlInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    period: z.enum(PNL_PERIODS),
    /** The newest this many periods that had a sale. */
    limit: z.number().int().min(1).max(1000).default(60),
  })
  .strict();

/** Realized P&L of one period in one quote asset (USDT and BTC results are never added up). */
export const PnlBucketSchema = z.object({
  /** UTC start of the day, of the ISO week (Monday) or of the month. */
  start: EpochMs,
  quoteAsset: z.string(),
  realized: z.string(),
  /** The fees of this period's sales, valued in quote (a buy's fees are in the cost its sale realizes). */
  fees: z.string(),
  /** Sell fills in the period. */
  sells: z.number().int(),
});
export type PnlBucket = z.infer<typeof PnlBucketSchema>;
export const PnlSchema = z.object({ accountId: z.number().int(), period: z.enum(PNL_PERIODS), buckets: z.array(PnlBucketSchema) });

export const TickerInputSchema = z
  .object({ accountId: z.number().int().positive(), symbol: z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT') })
  .strict();
export const TickerSchema = z.object({ symbol: z.string(), bid: z.string(), ask: z.string(), last: z.string(), time: EpochMs });
export type Ticker = z.infer<typeof TickerSchema>;
