import { filtersFromExchangeInfo, type SymbolFilters } from './symbol-filters';

/*
 * exchangeInfo symbols for tests, shaped like GET /api/v3/exchangeInfo answers. The values are
 * close to real ones but illustrative; the tests depend on them exactly as written here.
 */

/** BTCUSDT as Binance publishes it today: NOTIONAL, MARKET_LOT_SIZE with zero min and step. */
export const BTCUSDT_INFO = {
  symbol: 'BTCUSDT',
  status: 'TRADING',
  baseAsset: 'BTC',
  baseAssetPrecision: 8,
  quoteAsset: 'USDT',
  quotePrecision: 8,
  quoteAssetPrecision: 8,
  baseCommissionPrecision: 8,
  quoteCommissionPrecision: 8,
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  ocoAllowed: true,
  otoAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  allowTrailingStop: true,
  cancelReplaceAllowed: true,
  amendAllowed: true,
  isSpotTradingAllowed: true,
  isMarginTradingAllowed: true,
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
    { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '107.64763607', stepSize: '0.00000000' },
    { filterType: 'TRAILING_DELTA', minTrailingAboveDelta: 10, maxTrailingAboveDelta: 2000, minTrailingBelowDelta: 10, maxTrailingBelowDelta: 2000 },
    { filterType: 'PERCENT_PRICE_BY_SIDE', bidMultiplierUp: '5', bidMultiplierDown: '0.2', askMultiplierUp: '5', askMultiplierDown: '0.2', avgPriceMins: 5 },
    { filterType: 'NOTIONAL', minNotional: '5.00000000', applyMinToMarket: true, maxNotional: '9000000.00000000', applyMaxToMarket: false, avgPriceMins: 5 },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
  ],
  permissions: [],
  permissionSets: [['SPOT', 'MARGIN']],
  defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
  allowedSelfTradePreventionModes: ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT'],
};

/** A small-priced pair with the legacy MIN_NOTIONAL filter: tick 0.00000001, whole-unit lots. */
export const DOGEBTC_INFO = {
  symbol: 'DOGEBTC',
  status: 'TRADING',
  baseAsset: 'DOGE',
  baseAssetPrecision: 8,
  quoteAsset: 'BTC',
  quotePrecision: 8,
  quoteAssetPrecision: 8,
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  ocoAllowed: true,
  quoteOrderQtyMarketAllowed: false,
  isSpotTradingAllowed: true,
  isMarginTradingAllowed: false,
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.00000001', maxPrice: '1000.00000000', tickSize: '0.00000001' },
    { filterType: 'PERCENT_PRICE', multiplierUp: '5', multiplierDown: '0.2', avgPriceMins: 5 },
    { filterType: 'LOT_SIZE', minQty: '1.00000000', maxQty: '90000000.00000000', stepSize: '1.00000000' },
    { filterType: 'MIN_NOTIONAL', minNotional: '0.00010000', applyToMarket: true, avgPriceMins: 5 },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '5000000.00000000', stepSize: '0.00000000' },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
  ],
  permissions: ['SPOT'],
};

export const BTCUSDT: SymbolFilters = filtersFromExchangeInfo(BTCUSDT_INFO);
export const DOGEBTC: SymbolFilters = filtersFromExchangeInfo(DOGEBTC_INFO);

/** BTCUSDT's filters with some fields replaced, for rules real symbols rarely exercise. */
export function withFilters(overrides: Partial<SymbolFilters>, base: SymbolFilters = BTCUSDT): SymbolFilters {
  return { ...base, ...overrides };
}
