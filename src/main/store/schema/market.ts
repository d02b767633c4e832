import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CANDLE_INTERVALS, DOWNLOAD_STATES, SYMBOL_STATUSES } from '../../../shared/domain/enums';
import {
  decimal,
  decimalChecks,
  enumChecks,
  flag,
  flagChecks,
  json,
  jsonChecks,
  millis,
} from './columns';

/*
 * `exchange` names a market-data venue ("binance", "binance-testnet", or a key the user's custom
 * URL gets), not an account: paper accounts and live accounts on the same venue share one copy.
 * It is free text rather than an enum because each custom URL is a venue of its own.
 */

/**
 * A symbol with its exchange filters flattened for the order ticket and the risk gate; a
 * column is null when the exchange does not publish that filter. `filters` keeps the raw
 * array so a filter we do not model yet is still there.
 */
export const tradingPairs = sqliteTable(
  'trading_pairs',
  {
    exchange: text('exchange').notNull(),
    symbol: text('symbol').notNull(),
    baseAsset: text('base_asset').notNull(),
    quoteAsset: text('quote_asset').notNull(),
    status: text('status', { enum: SYMBOL_STATUSES }).notNull(),
    baseAssetPrecision: integer('base_asset_precision').notNull(),
    quoteAssetPrecision: integer('quote_asset_precision').notNull(),
    isSpotTradingAllowed: flag('is_spot_trading_allowed').notNull(),
    isQuoteOrderQtyMarketAllowed: flag('is_quote_order_qty_market_allowed').notNull(),
    orderTypes: json('order_types').notNull(),
    tickSize: decimal('tick_size'),
    minPrice: decimal('min_price'),
    maxPrice: decimal('max_price'),
    stepSize: decimal('step_size'),
    minQty: decimal('min_qty'),
    maxQty: decimal('max_qty'),
    marketStepSize: decimal('market_step_size'),
    marketMinQty: decimal('market_min_qty'),
    marketMaxQty: decimal('market_max_qty'),
    minNotional: decimal('min_notional'),
    maxNotional: decimal('max_notional'),
    isMinNotionalAppliedToMarket: flag('is_min_notional_applied_to_market'),
    maxNumOrders: integer('max_num_orders'),
    filters: json('filters').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.exchange, t.symbol] }),
    index('trading_pairs_exchange_quote_idx').on(t.exchange, t.quoteAsset),
    ...enumChecks(t.status),
    ...flagChecks(
      t.isSpotTradingAllowed,
      t.isQuoteOrderQtyMarketAllowed,
      t.isMinNotionalAppliedToMarket,
    ),
    ...jsonChecks(t.orderTypes, t.filters),
    ...decimalChecks(
      t.tickSize,
      t.minPrice,
      t.maxPrice,
      t.stepSize,
      t.minQty,
      t.maxQty,
      t.marketStepSize,
      t.marketMinQty,
      t.marketMaxQty,
      t.minNotional,
      t.maxNotional,
    ),
  ],
);

/**
 * One stored market-data series: a venue, symbol and interval. Candles refer to it by id, so
 * each candle row carries an 8-byte key instead of three strings.
 */
export const candleSeries = sqliteTable(
  'candle_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    exchange: text('exchange').notNull(),
    symbol: text('symbol').notNull(),
    interval: text('interval', { enum: CANDLE_INTERVALS }).notNull(),
  },
  (t) => [uniqueIndex('candle_series_key_unique').on(t.exchange, t.symbol, t.interval), ...enumChecks(t.interval)],
);

/**
 * Market data is float64 (the one exception to exact decimals): it feeds charts, indicators
 * and backtests, never an order. No foreign key to trading_pairs, so history can be imported
 * before the pair list is synced. Close time, quote volume, trade count and taker volumes are
 * null where the source does not carry them (six-column files, fetchOHLCV).
 *
 * The table is WITHOUT ROWID (migration 0004, which drizzle cannot express): the primary key
 * is the table itself, so an insert writes one b-tree and a range scan reads rows in order.
 */
export const candles = sqliteTable(
  'candles',
  {
    seriesId: integer('series_id')
      .notNull()
      .references(() => candleSeries.id, { onDelete: 'cascade' }),
    openTime: millis('open_time').notNull(),
    open: real('open').notNull(),
    high: real('high').notNull(),
    low: real('low').notNull(),
    close: real('close').notNull(),
    volume: real('volume').notNull(),
    closeTime: millis('close_time'),
    quoteVolume: real('quote_volume'),
    tradeCount: integer('trade_count'),
    takerBuyBaseVolume: real('taker_buy_base_volume'),
    takerBuyQuoteVolume: real('taker_buy_quote_volume'),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.openTime] })],
);

/**
 * A history download, kept so a stopped one (cancelled, failed, or cut off by a quit) can be
 * resumed: the range is re-checked against what is stored and only the missing bars fetched.
 */
export const candleDownloads = sqliteTable(
  'candle_downloads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    exchange: text('exchange').notNull(),
    symbol: text('symbol').notNull(),
    interval: text('interval', { enum: CANDLE_INTERVALS }).notNull(),
    fromTime: millis('from_time').notNull(),
    toTime: millis('to_time').notNull(),
    state: text('state', { enum: DOWNLOAD_STATES }).notNull(),
    expected: integer('expected').notNull(),
    fetched: integer('fetched').notNull(),
    error: text('error'),
    startedAt: millis('started_at').notNull(),
    finishedAt: millis('finished_at'),
  },
  (t) => [index('candle_downloads_started_idx').on(t.startedAt), ...enumChecks(t.interval, t.state)],
);
