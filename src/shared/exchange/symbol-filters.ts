import { z } from 'zod';
import { ORDER_TYPES, SYMBOL_STATUSES, type OrderType, type SymbolStatus } from '../domain/enums';
import { MAX_DECIMAL_PLACES, toExchangeString, tryParseDecimal } from './decimal';

/**
 * One Binance spot symbol's trading rules, flattened. Every amount is a canonical decimal string
 * ("0.01", never "0.01000000"), or null when the rule does not apply: the filter is absent, or
 * Binance publishes 0 for it, which its filter rules define as "disabled" (a 0 tick or step has
 * no grid, a 0 maximum is no maximum, a 0 minimum is no minimum).
 */
export interface SymbolFilters {
  symbol: string;
  status: SymbolStatus;
  baseAsset: string;
  quoteAsset: string;
  /** Decimal places the exchange accepts for quantities when no step size says otherwise. */
  baseAssetPrecision: number;
  /** Decimal places for quote amounts (quoteOrderQty), and for prices when there is no tick size. */
  quoteAssetPrecision: number;
  isSpotTradingAllowed: boolean;
  /** The order types the symbol accepts that this app knows; unknown future types are dropped. */
  orderTypes: readonly OrderType[];
  quoteOrderQtyMarketAllowed: boolean;

  // PRICE_FILTER: applies to price and stopPrice.
  tickSize: string | null;
  minPrice: string | null;
  maxPrice: string | null;
  // LOT_SIZE: applies to the quantity of every order, MARKET included.
  stepSize: string | null;
  minQty: string | null;
  maxQty: string | null;
  // MARKET_LOT_SIZE: applies to MARKET orders on top of LOT_SIZE.
  marketStepSize: string | null;
  marketMinQty: string | null;
  marketMaxQty: string | null;
  // NOTIONAL (or the legacy MIN_NOTIONAL): price × quantity.
  minNotional: string | null;
  applyMinToMarket: boolean;
  maxNotional: string | null;
  applyMaxToMarket: boolean;
  /** Minutes of average price Binance uses for a MARKET order's notional; 0 means last price. */
  notionalAvgPriceMins: number | null;
  // MAX_NUM_ORDERS: open orders per account on this symbol.
  maxNumOrders: number | null;
}

export class SymbolFiltersError extends Error {
  override readonly name = 'SymbolFiltersError';
}

const Amount = z.string().refine((text) => {
  const parsed = tryParseDecimal(text);
  return parsed.ok && !parsed.value.isNegative();
}, 'must be a non-negative decimal string like "0.01000000"');

const Count = z.number().int().nonnegative();

const PriceFilter = z.looseObject({ minPrice: Amount, maxPrice: Amount, tickSize: Amount });
const LotSize = z.looseObject({ minQty: Amount, maxQty: Amount, stepSize: Amount });
const Notional = z.looseObject({
  minNotional: Amount,
  applyMinToMarket: z.boolean(),
  maxNotional: Amount,
  applyMaxToMarket: z.boolean(),
  avgPriceMins: Count,
});
const LegacyMinNotional = z.looseObject({
  minNotional: Amount,
  applyToMarket: z.boolean(),
  avgPriceMins: Count,
});
const MaxNumOrders = z.looseObject({ maxNumOrders: Count });

const Precision = z.number().int().min(0).max(MAX_DECIMAL_PLACES);

const ExchangeInfoSymbol = z.looseObject({
  symbol: z.string().min(1),
  status: z.enum(SYMBOL_STATUSES),
  baseAsset: z.string().min(1),
  baseAssetPrecision: Precision,
  quoteAsset: z.string().min(1),
  quoteAssetPrecision: Precision,
  orderTypes: z.array(z.string()),
  quoteOrderQtyMarketAllowed: z.boolean(),
  isSpotTradingAllowed: z.boolean(),
  filters: z.array(z.looseObject({ filterType: z.string() })),
});

/** "0.00000000" (disabled) → null; anything else in canonical form. */
function limit(text: string): string | null {
  const parsed = tryParseDecimal(text);
  if (!parsed.ok) throw new SymbolFiltersError(`Not a decimal: ${text}`); // unreachable after zod
  return parsed.value.isZero() ? null : toExchangeString(parsed.value);
}

function count(value: number): number | null {
  return value === 0 ? null : value;
}

function describeSymbol(json: unknown): string {
  if (typeof json === 'object' && json !== null && 'symbol' in json && typeof json.symbol === 'string') {
    return json.symbol;
  }
  return 'a symbol';
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SymbolFiltersError(`${where}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads one `symbols[]` entry of GET /api/v3/exchangeInfo. Filters this app does not model
 * (PERCENT_PRICE_BY_SIDE, ICEBERG_PARTS, TRAILING_DELTA, ...) are ignored; a modelled filter
 * that appears twice or has a malformed field is an error, not a guess. When both NOTIONAL and
 * the legacy MIN_NOTIONAL are present (an emulator may serve both for old clients), NOTIONAL wins.
 *
 * @throws SymbolFiltersError naming the symbol and the fields that failed validation.
 */
export function filtersFromExchangeInfo(symbolJson: unknown): SymbolFilters {
  const where = `exchangeInfo for ${describeSymbol(symbolJson)}`;
  const info = parseWith(ExchangeInfoSymbol, symbolJson, where);

  const byType = new Map<string, unknown>();
  for (const filter of info.filters) {
    if (byType.has(filter.filterType)) {
      throw new SymbolFiltersError(`${where}: filter ${filter.filterType} appears more than once`);
    }
    byType.set(filter.filterType, filter);
  }
  const read = <T>(filterType: string, schema: z.ZodType<T>): T | undefined =>
    byType.has(filterType) ? parseWith(schema, byType.get(filterType), `${where}, ${filterType}`) : undefined;

  const price = read('PRICE_FILTER', PriceFilter);
  const lot = read('LOT_SIZE', LotSize);
  const marketLot = read('MARKET_LOT_SIZE', LotSize);
  const notional = read('NOTIONAL', Notional);
  const legacy = notional === undefined ? read('MIN_NOTIONAL', LegacyMinNotional) : undefined;
  const maxOrders = read('MAX_NUM_ORDERS', MaxNumOrders);

  const orderTypes = ORDER_TYPES.filter((type) => info.orderTypes.includes(type));

  return {
    symbol: info.symbol,
    status: info.status,
    baseAsset: info.baseAsset,
    quoteAsset: info.quoteAsset,
    baseAssetPrecision: info.baseAssetPrecision,
    quoteAssetPrecision: info.quoteAssetPrecision,
    isSpotTradingAllowed: info.isSpotTradingAllowed,
    orderTypes,
    quoteOrderQtyMarketAllowed: info.quoteOrderQtyMarketAllowed,
    tickSize: price ? limit(price.tickSize) : null,
    minPrice: price ? limit(price.minPrice) : null,
    maxPrice: price ? limit(price.maxPrice) : null,
    stepSize: lot ? limit(lot.stepSize) : null,
    minQty: lot ? limit(lot.minQty) : null,
    maxQty: lot ? limit(lot.maxQty) : null,
    marketStepSize: marketLot ? limit(marketLot.stepSize) : null,
    marketMinQty: marketLot ? limit(marketLot.minQty) : null,
    marketMaxQty: marketLot ? limit(marketLot.maxQty) : null,
    minNotional: notional ? limit(notional.minNotional) : legacy ? limit(legacy.minNotional) : null,
    applyMinToMarket: notional ? notional.applyMinToMarket : (legacy?.applyToMarket ?? false),
    maxNotional: notional ? limit(notional.maxNotional) : null,
    applyMaxToMarket: notional ? notional.applyMaxToMarket : false,
    notionalAvgPriceMins: notional?.avgPriceMins ?? legacy?.avgPriceMins ?? null,
    maxNumOrders: maxOrders ? count(maxOrders.maxNumOrders) : null,
  };
}
