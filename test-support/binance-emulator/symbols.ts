import { toBinanceDecimal } from './decimal';
import { MAX_NUM_ALGO_ORDERS, MULTIPLIER_DOWN, MULTIPLIER_UP } from './symbol-rules';
import { type SymbolSpec } from './types';

/** Close to the live values of mid-2026; tests assert against these, not against Binance. */
export const DEFAULT_SYMBOLS: readonly SymbolSpec[] = [
  {
    symbol: 'BTCUSDT',
    baseAsset: 'BTC',
    quoteAsset: 'USDT',
    tickSize: '0.01',
    minPrice: '0.01',
    maxPrice: '1000000',
    stepSize: '0.00001',
    minQty: '0.00001',
    maxQty: '9000',
    marketMaxQty: '85.12345678',
    minNotional: '5',
    maxNotional: '9000000',
  },
  {
    symbol: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    tickSize: '0.01',
    minPrice: '0.01',
    maxPrice: '1000000',
    stepSize: '0.0001',
    minQty: '0.0001',
    maxQty: '9000',
    marketMaxQty: '2100.5',
    minNotional: '5',
    maxNotional: '9000000',
  },
  {
    symbol: 'SOLUSDT',
    baseAsset: 'SOL',
    quoteAsset: 'USDT',
    tickSize: '0.01',
    minPrice: '0.01',
    maxPrice: '10000',
    stepSize: '0.001',
    minQty: '0.001',
    maxQty: '90000',
    marketMaxQty: '42000',
    minNotional: '5',
    maxNotional: '9000000',
  },
];

const ORDER_TYPES = ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];
const STP_MODES = ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT'];

function filters(spec: SymbolSpec): object[] {
  const d = (value: string): string => toBinanceDecimal(value);
  return [
    { filterType: 'PRICE_FILTER', minPrice: d(spec.minPrice), maxPrice: d(spec.maxPrice), tickSize: d(spec.tickSize) },
    { filterType: 'LOT_SIZE', minQty: d(spec.minQty), maxQty: d(spec.maxQty), stepSize: d(spec.stepSize) },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    // Binance leaves MARKET_LOT_SIZE min and step at zero for USDT pairs: LOT_SIZE governs them.
    { filterType: 'MARKET_LOT_SIZE', minQty: d('0'), maxQty: d(spec.marketMaxQty), stepSize: d('0') },
    {
      filterType: 'TRAILING_DELTA',
      minTrailingAboveDelta: 10,
      maxTrailingAboveDelta: 2000,
      minTrailingBelowDelta: 10,
      maxTrailingBelowDelta: 2000,
    },
    {
      filterType: 'PERCENT_PRICE_BY_SIDE',
      bidMultiplierUp: MULTIPLIER_UP,
      bidMultiplierDown: MULTIPLIER_DOWN,
      askMultiplierUp: MULTIPLIER_UP,
      askMultiplierDown: MULTIPLIER_DOWN,
      avgPriceMins: 5,
    },
    {
      filterType: 'NOTIONAL',
      minNotional: d(spec.minNotional),
      applyMinToMarket: true,
      maxNotional: d(spec.maxNotional),
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: spec.maxNumOrders ?? 200 },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: MAX_NUM_ALGO_ORDERS },
  ];
}

/** One entry of exchangeInfo.symbols, field for field as Binance sends it. */
export function toExchangeInfoSymbol(spec: SymbolSpec): object {
  const isMarginTradingAllowed = spec.isMarginTradingAllowed ?? true;
  return {
    symbol: spec.symbol,
    status: spec.status ?? 'TRADING',
    baseAsset: spec.baseAsset,
    baseAssetPrecision: spec.baseAssetPrecision ?? 8,
    quoteAsset: spec.quoteAsset,
    quotePrecision: spec.quoteAssetPrecision ?? 8,
    quoteAssetPrecision: spec.quoteAssetPrecision ?? 8,
    baseCommissionPrecision: spec.baseAssetPrecision ?? 8,
    quoteCommissionPrecision: spec.quoteAssetPrecision ?? 8,
    orderTypes: ORDER_TYPES,
    icebergAllowed: true,
    ocoAllowed: true,
    otoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed,
    filters: filters(spec),
    // Binance moved the permission list into permissionSets in 2024 and sends `permissions` empty.
    permissions: [],
    permissionSets: [isMarginTradingAllowed ? ['SPOT', 'MARGIN'] : ['SPOT']],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: STP_MODES,
  };
}
