import { z } from 'zod';
import { ORDER_TYPES, SYMBOL_STATUSES } from '../domain/enums';
import { EpochMs } from './common';

export const CONNECTION_STATES = ['disconnected', 'connecting', 'connected', 'failed'] as const;
export const STREAM_STATES = ['off', 'connecting', 'live', 'reconnecting'] as const;

/** One account's link to its exchange, as the header shows it. */
export const ExchangeStatusSchema = z.object({
  accountId: z.number().int(),
  state: z.enum(CONNECTION_STATES),
  stream: z.enum(STREAM_STATES),
  /** Request weight used in the current minute, from Binance's X-MBX-USED-WEIGHT-1M. */
  usedWeight1m: z.number().int().nullable(),
  weightLimit1m: z.number().int().nullable(),
  /** Binance banned this IP (HTTP 418): nothing is sent until then. */
  bannedUntil: EpochMs.nullable(),
  /** Binance asked to slow down (HTTP 429): requests wait until then. */
  backoffUntil: EpochMs.nullable(),
  /** Local clock minus exchange clock, in ms. */
  timeOffsetMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  /** Orders sent (or being sent) whose outcome is not known yet: `pending` or `unknown`. */
  ordersInDoubt: z.number().int(),
  lastReconciledAt: EpochMs.nullable(),
});
export type ExchangeStatus = z.infer<typeof ExchangeStatusSchema>;

export const AccountRefInputSchema = z.object({ accountId: z.number().int().positive() }).strict();

export const MarketSchema = z.object({
  venue: z.string(),
  symbol: z.string(),
  baseAsset: z.string(),
  quoteAsset: z.string(),
  status: z.string(),
  tickSize: z.string().nullable(),
  stepSize: z.string().nullable(),
  minQty: z.string().nullable(),
  minNotional: z.string().nullable(),
  orderTypes: z.array(z.string()),
});
export type Market = z.infer<typeof MarketSchema>;

export const MarketListInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    search: z.string().max(20).optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

/** One symbol, on the account's exchange: the order ticket checks orders with its full filters. */
export const MarketFiltersInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    symbol: z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT'),
  })
  .strict();

const FilterAmount = z.string().nullable();

/**
 * A symbol's full trading rules, exactly as the core's order check reads them (`SymbolFilters`):
 * the handler returns one and the ticket hands the reply to `checkOrder`, so tsc catches drift.
 */
export const SymbolFiltersSchema = z.object({
  symbol: z.string(),
  status: z.enum(SYMBOL_STATUSES),
  baseAsset: z.string(),
  quoteAsset: z.string(),
  baseAssetPrecision: z.number().int(),
  quoteAssetPrecision: z.number().int(),
  isSpotTradingAllowed: z.boolean(),
  orderTypes: z.array(z.enum(ORDER_TYPES)),
  quoteOrderQtyMarketAllowed: z.boolean(),
  tickSize: FilterAmount,
  minPrice: FilterAmount,
  maxPrice: FilterAmount,
  stepSize: FilterAmount,
  minQty: FilterAmount,
  maxQty: FilterAmount,
  marketStepSize: FilterAmount,
  marketMinQty: FilterAmount,
  marketMaxQty: FilterAmount,
  minNotional: FilterAmount,
  applyMinToMarket: z.boolean(),
  maxNotional: FilterAmount,
  applyMaxToMarket: z.boolean(),
  notionalAvgPriceMins: z.number().int().nullable(),
  maxNumOrders: z.number().int().nullable(),
});

export const MARKET_FEED_STATES = ['connecting', 'live', 'polling'] as const;

export const CandleWatchInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    symbol: z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT'),
    interval: z.enum(['1m', '3m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '8h', '12h', '1d', '3d', '1w', '1M']),
  })
  .strict();

/** A live candle; prices are floats here, as all market data is (orders never are). */
export const LiveCandleSchema = z.object({
  accountId: z.number().int(),
  symbol: z.string(),
  interval: z.string(),
  openTime: EpochMs,
  open: z.number(),
  high: z.number(),
  low: z.number(),
  close: z.number(),
  volume: z.number(),
  isClosed: z.boolean(),
  /** `rest` while the stream is down and the feed polls instead. */
  source: z.enum(['stream', 'rest']),
});
export type LiveCandleEvent = z.infer<typeof LiveCandleSchema>;

export const FeedStatusSchema = z.object({
  accountId: z.number().int(),
  symbol: z.string(),
  interval: z.string(),
  state: z.enum(MARKET_FEED_STATES),
});
