import { Decimal, toDecimal, toExchangeString, type DecimalInput } from './decimal';
import { commonStep, nearestOnGrid, roundToStep, stepForDecimals, withBounds, type Grid } from './grid';
import { type CheckedOrderType, type NearestValues } from './order';
import { type SymbolFilters } from './symbol-filters';

/*
 * The grids of valid values a symbol's filters define, and the "nearest valid value" family the
 * order check quotes in its messages and the order ticket shows while someone types.
 */

const dec = (value: string | null): Decimal | null => (value === null ? null : new Decimal(value));

/** Valid prices and stop prices: PRICE_FILTER, or the quote precision when there is no tick. */
export function priceGrid(filters: SymbolFilters): Grid {
  return {
    step: dec(filters.tickSize) ?? stepForDecimals(filters.quoteAssetPrecision),
    min: dec(filters.minPrice),
    max: dec(filters.maxPrice),
  };
}

/**
 * Valid quantities for an order type. LOT_SIZE applies to every order; a MARKET order must
 * also pass MARKET_LOT_SIZE, so its grid is the intersection of both (common step, the higher
 * minimum, the lower maximum). Without any step, the base asset precision is the step.
 */
export function quantityGrid(filters: SymbolFilters, type: CheckedOrderType): Grid {
  const lot: Grid = {
    step: dec(filters.stepSize) ?? stepForDecimals(filters.baseAssetPrecision),
    min: dec(filters.minQty),
    max: dec(filters.maxQty),
  };
  if (type !== 'MARKET') return lot;
  const lotStep = dec(filters.stepSize);
  const marketStep = dec(filters.marketStepSize);
  const step =
    lotStep !== null && marketStep !== null ? commonStep(lotStep, marketStep) : (marketStep ?? lot.step);
  return withBounds({ ...lot, step }, dec(filters.marketMinQty), dec(filters.marketMaxQty));
}

/** Valid quoteOrderQty amounts: quote precision, within the notional bounds that apply to MARKET. */
export function quoteOrderQtyGrid(filters: SymbolFilters): Grid {
  return {
    step: stepForDecimals(filters.quoteAssetPrecision),
    min: filters.applyMinToMarket ? dec(filters.minNotional) : null,
    max: filters.applyMaxToMarket ? dec(filters.maxNotional) : null,
  };
}

/** The notional bounds that apply to this order type (MARKET only where the symbol says so). */
export function notionalBounds(filters: SymbolFilters, type: CheckedOrderType): { min: Decimal | null; max: Decimal | null } {
  const isMarket = type === 'MARKET';
  return {
    min: !isMarket || filters.applyMinToMarket ? dec(filters.minNotional) : null,
    max: !isMarket || filters.applyMaxToMarket ? dec(filters.maxNotional) : null,
  };
}

function asStrings(nearest: { below?: Decimal; above?: Decimal }): NearestValues {
  const result: NearestValues = {};
  if (nearest.below !== undefined) result.below = toExchangeString(nearest.below);
  if (nearest.above !== undefined) result.above = toExchangeString(nearest.above);
  return result;
}

export function nearestValidPrice(filters: SymbolFilters, price: DecimalInput): NearestValues {
  return asStrings(nearestOnGrid(toDecimal(price, 'Price'), priceGrid(filters)));
}

export function nearestValidQuantity(filters: SymbolFilters, quantity: DecimalInput, type: CheckedOrderType): NearestValues {
  return asStrings(nearestOnGrid(toDecimal(quantity, 'Quantity'), quantityGrid(filters, type)));
}

export function nearestValidQuoteOrderQty(filters: SymbolFilters, amount: DecimalInput): NearestValues {
  return asStrings(nearestOnGrid(toDecimal(amount, 'Quote amount'), quoteOrderQtyGrid(filters)));
}

/**
 * The valid quantities nearest to `quantity` whose notional at `price` also passes NOTIONAL:
 * the quantity grid narrowed to [minNotional / price, maxNotional / price]. The quotient may not
 * terminate (5 / 3), so each bound is snapped to the step and then proven by multiplying back.
 */
export function nearestValidQuantityForNotional(
  filters: SymbolFilters,
  quantity: DecimalInput,
  price: DecimalInput,
  type: CheckedOrderType,
): NearestValues {
  const qty = toDecimal(quantity, 'Quantity');
  const at = toDecimal(price, 'Price');
  if (at.lessThanOrEqualTo(0)) return {};
  const grid = quantityGrid(filters, type);
  const { min, max } = notionalBounds(filters, type);
  let lowest: Decimal | null = null;
  if (min !== null) {
    lowest = roundToStep(min.div(at), grid.step, 'up');
    if (lowest.times(at).lessThan(min)) lowest = lowest.plus(grid.step);
  }
  let highest: Decimal | null = null;
  if (max !== null) {
    highest = roundToStep(max.div(at), grid.step, 'down');
    if (highest.times(at).greaterThan(max)) highest = highest.minus(grid.step);
  }
  return asStrings(nearestOnGrid(qty, withBounds(grid, lowest, highest)));
}
