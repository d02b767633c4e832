import { z } from 'zod';
import { CANDLE_INTERVALS, DOWNLOAD_STATES } from '../domain/enums';
import { EpochMs } from './common';

export const IntervalSchema = z.enum(CANDLE_INTERVALS);
export const SymbolSchema = z.string().regex(/^[A-Z0-9]{2,20}$/, 'A Binance symbol such as BTCUSDT');
/** A market-data venue: "binance", "binance-testnet" or "custom:<base URL>". */
export const VenueSchema = z.string().min(1).max(300);

/** Where stored candles come from when the chart asks for a window. */
export const CANDLE_SOURCES = ['stored', 'derived'] as const;

/**
 * Candles as parallel columns, oldest first: compact on the wire and ready for typed arrays.
 * Prices are floats, as all market data is (orders never are).
 */
export const CandleColumnsSchema = z.object({
  time: z.array(EpochMs),
  open: z.array(z.number()),
  high: z.array(z.number()),
  low: z.array(z.number()),
  close: z.array(z.number()),
  volume: z.array(z.number()),
});
export type CandleColumns = z.infer<typeof CandleColumnsSchema>;

export const CandleWindowInputSchema = z
  .object({
    venue: VenueSchema,
    symbol: SymbolSchema,
    interval: IntervalSchema,
    /** Only bars opening before this time; absent: the newest bars. */
    before: EpochMs.optional(),
    limit: z.number().int().min(1).max(5000).default(1500),
  })
  .strict();

export const CandleWindowSchema = z.object({
  venue: z.string(),
  symbol: z.string(),
  interval: IntervalSchema,
  /** `derived` when no bars of this interval are stored and they were built from 1-minute bars. */
  source: z.enum(CANDLE_SOURCES),
  candles: CandleColumnsSchema,
  /** Older bars exist before the first one returned. */
  hasMore: z.boolean(),
});
export type CandleWindow = z.infer<typeof CandleWindowSchema>;

export const CoverageInputSchema = z
  .object({ venue: VenueSchema.optional(), symbol: SymbolSchema.optional(), interval: IntervalSchema.optional() })
  .strict();

/** A run of consecutive bars, by the open times of its first and last bar. */
export const CandleRangeSchema = z.object({ from: EpochMs, to: EpochMs, bars: z.number().int() });
export type CandleRange = z.infer<typeof CandleRangeSchema>;

export const SeriesCoverageSchema = z.object({
  venue: z.string(),
  symbol: z.string(),
  interval: IntervalSchema,
  bars: z.number().int(),
  first: EpochMs,
  last: EpochMs,
  ranges: z.array(CandleRangeSchema),
  /** Bars missing between stored ranges (open times of the first and last missing bar). */
  gaps: z.array(CandleRangeSchema),
});
export type SeriesCoverage = z.infer<typeof SeriesCoverageSchema>;

export const CoverageSchema = z.object({ series: z.array(SeriesCoverageSchema) });

export const CandleImportInputSchema = z
  .object({
    path: z.string().min(1).max(4096),
    venue: VenueSchema.default('binance'),
    symbol: SymbolSchema,
    interval: IntervalSchema,
  })
  .strict();

export const CandleImportResultSchema = z.object({
  venue: z.string(),
  symbol: z.string(),
  interval: IntervalSchema,
  file: z.string(),
  rows: z.number().int(),
  added: z.number().int(),
  first: EpochMs.nullable(),
  last: EpochMs.nullable(),
  format: z.enum(['six-column', 'binance-12']),
});
export type CandleImportResult = z.infer<typeof CandleImportResultSchema>;

export const CandleDownloadInputSchema = z
  .object({
    venue: VenueSchema,
    symbol: SymbolSchema,
    interval: IntervalSchema,
    from: EpochMs,
    to: EpochMs,
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: '`from` must not be after `to`', path: ['to'] });

export const DownloadSchema = z.object({
  id: z.number().int(),
  venue: z.string(),
  symbol: z.string(),
  interval: IntervalSchema,
  from: EpochMs,
  to: EpochMs,
  state: z.enum(DOWNLOAD_STATES),
  /** Bars the range still lacked when the download (or its resume) began. */
  expected: z.number().int(),
  fetched: z.number().int(),
  error: z.string().nullable(),
  startedAt: EpochMs,
  finishedAt: EpochMs.nullable(),
});
export type Download = z.infer<typeof DownloadSchema>;

export const DownloadRefInputSchema = z.object({ id: z.number().int().positive() }).strict();

export const CandleDeriveInputSchema = z
  .object({
    venue: VenueSchema,
    symbol: SymbolSchema,
    interval: IntervalSchema.exclude(['1m']),
    from: EpochMs.optional(),
    to: EpochMs.optional(),
  })
  .strict();

export const CandleDeriveResultSchema = z.object({ buckets: z.number().int(), added: z.number().int(), incomplete: z.number().int() });

/** The account's fills on one symbol, with the order's side, for chart markers. */
export const ChartFillsInputSchema = z
  .object({ accountId: z.number().int().positive(), symbol: SymbolSchema, since: EpochMs.optional(), limit: z.number().int().min(1).max(5000).default(1000) })
  .strict();

export const ChartFillSchema = z.object({
  tradeId: z.string(),
  clientOrderId: z.string(),
  side: z.enum(['BUY', 'SELL']),
  price: z.string(),
  qty: z.string(),
  time: EpochMs,
});
export type ChartFill = z.infer<typeof ChartFillSchema>;
