import { type OrderSide } from '../../../../shared/domain/enums';
import { Decimal, toExchangeString, tryParseDecimal } from '../../../../shared/exchange/decimal';
import { roundToStep, stepForDecimals } from '../../../../shared/exchange/grid';
import { priceGrid, quantityGrid } from '../../../../shared/exchange/nearest-valid';
import { type CheckedOrderType } from '../../../../shared/exchange/order';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';

/** What the amount field is typed in: the base asset (BTC) or the quote asset (USDT). */
export type AmountUnit = 'base' | 'quote';

export const PERCENTS = [25, 50, 75, 100] as const;

/** A positive decimal as typed, or null (blank, zero, negative, not a number). */
export function parsePositive(text: string): Decimal | null {
  const parsed = tryParseDecimal(text.trim());
  return parsed.ok && parsed.value.greaterThan(0) ? parsed.value : null;
}

/** A decimal that may be zero (a balance), or null. */
export function parseAmount(text: string | null | undefined): Decimal | null {
  if (text === null || text === undefined) return null;
  const parsed = tryParseDecimal(text.trim());
  return parsed.ok && !parsed.value.isNegative() ? parsed.value : null;
}

const quoteStep = (filters: SymbolFilters): Decimal => stepForDecimals(filters.quoteAssetPrecision);

/** The base quantity a quote amount buys at `price`, rounded down to the order type's step. */
export function quantityForQuote(filters: SymbolFilters, type: CheckedOrderType, quote: Decimal, price: Decimal): Decimal {
  return roundToStep(quote.div(price), quantityGrid(filters, type).step, 'down');
}

/**
 * The amount parameters to send for what was typed: a quantity as typed; a market order in
 * quote as `quoteOrderQty`; any other order in quote converted to a quantity at its price.
 * `null` when the conversion needs a price that is not there yet.
 */
export function orderAmount(
  filters: SymbolFilters,
  type: CheckedOrderType,
  unit: AmountUnit,
  amount: string,
  price: Decimal | null,
): { quantity: string } | { quoteOrderQty: string } | null {
  const text = amount.trim();
  if (unit === 'base') return { quantity: text };
  if (type === 'MARKET') return { quoteOrderQty: text };
  const quote = parsePositive(text);
  if (quote === null) return { quantity: text }; // the check says what is wrong with it
  if (price === null) return null;
  return { quantity: toExchangeString(quantityForQuote(filters, type, quote, price)) };
}

export interface PercentInput {
  readonly filters: SymbolFilters;
  readonly side: OrderSide;
  readonly type: CheckedOrderType;
  readonly unit: AmountUnit;
  readonly percent: number;
  /** Free balances of the symbol's base and quote assets. */
  readonly baseFree: Decimal;
  readonly quoteFree: Decimal;
  /** The price the order would trade at (limit price, or the book's side for a market order). */
  readonly price: Decimal | null;
  /** The fee rate a buy keeps room for. */
  readonly feeRate: Decimal;
}

/**
 * The amount for a percent button, in the unit being typed: a buy spends that share of the free
 * quote (leaving room for the fee), a sell sells that share of the free base. Rounded down, so
 * 100 % never asks for more than there is. Null when a price is needed and missing.
 */
export function percentAmount(input: PercentInput): string | null {
  const { filters, side, type, unit, percent, baseFree, quoteFree, price, feeRate } = input;
  const share = new Decimal(percent).div(100);
  const step = quantityGrid(filters, type).step;
  if (side === 'BUY') {
    const spend = quoteFree.times(share).div(feeRate.plus(1));
    if (unit === 'quote') return toExchangeString(roundToStep(spend, quoteStep(filters), 'down'));
    if (price === null) return null;
    return toExchangeString(roundToStep(spend.div(price), step, 'down'));
  }
  const quantity = roundToStep(baseFree.times(share), step, 'down');
  if (unit === 'base') return toExchangeString(quantity);
  if (price === null) return null;
  return toExchangeString(roundToStep(quantity.times(price), quoteStep(filters), 'down'));
}

/** The typed amount re-expressed in the other unit at `price` (blank when it cannot be). */
export function convertAmount(filters: SymbolFilters, type: CheckedOrderType, amount: string, to: AmountUnit, price: Decimal | null): string {
  const value = parsePositive(amount);
  if (value === null || price === null) return '';
  if (to === 'quote') return toExchangeString(roundToStep(value.times(price), quoteStep(filters), 'down'));
  return toExchangeString(quantityForQuote(filters, type, value, price));
}

/** The lowest price the symbol accepts: its minimum on the tick, or one tick. */
function lowestPrice(filters: SymbolFilters): Decimal {
  const grid = priceGrid(filters);
  return grid.min !== null && grid.min.greaterThan(grid.step) ? roundToStep(grid.min, grid.step, 'up') : grid.step;
}

/** A price from the chart (a float) on the nearest tick, never below the first tick. */
export function priceToTick(filters: SymbolFilters, price: number): string | null {
  if (!Number.isFinite(price) || price <= 0) return null;
  const rounded = roundToStep(new Decimal(price.toFixed(20)), priceGrid(filters).step, 'nearest');
  return toExchangeString(Decimal.max(rounded, lowestPrice(filters)));
}

/**
 * One tick up or down from what is typed. A price between ticks goes to the tick on that side
 * first; nothing goes below the lowest valid price. Blank or unreadable: null (no change).
 */
export function stepPrice(filters: SymbolFilters, text: string, direction: 1 | -1): string | null {
  const value = parsePositive(text);
  if (value === null) return null;
  const grid = priceGrid(filters);
  const snapped = roundToStep(value, grid.step, direction === 1 ? 'up' : 'down');
  let next = snapped.equals(value) ? value.plus(grid.step.times(direction)) : snapped;
  const lowest = lowestPrice(filters);
  if (next.lessThan(lowest)) next = lowest;
  if (grid.max !== null && next.greaterThan(grid.max)) next = roundToStep(grid.max, grid.step, 'down');
  return toExchangeString(next);
}
