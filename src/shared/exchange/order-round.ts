import { type OrderSide } from '../domain/enums';
import { toDecimal, toExchangeString, tryParseDecimal, type Decimal, type DecimalInput } from './decimal';
import { roundToStep, type RoundDirection } from './grid';
import { priceGrid, quantityGrid, quoteOrderQtyGrid } from './nearest-valid';
import { checkOrder } from './order-check';
import { type CheckContext, type CheckedOrderType, type OrderCheckResult, type OrderDraft } from './order';
import { type SymbolFilters } from './symbol-filters';
import { type AmountField } from './wording';

/**
 * Snapping an order onto the symbol's grids. Rounding only moves a value to a neighbouring
 * tick or step; it never clamps to a minimum or maximum, never adds a missing parameter and
 * never raises a quantity, because those change what the person asked for. Whatever rounding
 * cannot fix comes back as problems from checkOrder.
 *
 * - Quantity: always DOWN to the step (never trade more than asked; a balance that covers
 *   the request covers the rounded order too).
 * - quoteOrderQty: DOWN to the quote precision (never spend more than asked).
 * - Limit price, `conservative`: BUY down, SELL up, so the order never pays more or receives
 *   less than the person said. `nearest`: half up, for showing the closest valid price.
 * - Stop price: nearest in both modes. Which side is "safer" depends on whether it is a stop-loss
 *   or a take-profit and on the side, so the trigger moves by at most half a tick either way.
 */

export type RoundingMode = 'conservative' | 'nearest';

export interface Adjustment {
  field: AmountField;
  /** As given. */
  from: string;
  /** As it will be sent. */
  to: string;
}

export type RoundOrderResult = OrderCheckResult & {
  /** The order after rounding, whether or not it now passes. */
  rounded: OrderDraft;
  /** Only the values rounding actually moved. */
  adjustments: Adjustment[];
};

/** Which way a limit price goes in each mode. */
export function priceDirection(side: OrderSide, mode: RoundingMode): RoundDirection {
  if (mode === 'nearest') return 'nearest';
  return side === 'BUY' ? 'down' : 'up';
}

export function roundPrice(filters: SymbolFilters, price: DecimalInput, direction: RoundDirection): string {
  return toExchangeString(roundToStep(toDecimal(price, 'Price'), priceGrid(filters).step, direction));
}

/** Down to the step (of LOT_SIZE, and MARKET_LOT_SIZE for a market order). */
export function roundQuantity(filters: SymbolFilters, quantity: DecimalInput, type: CheckedOrderType): string {
  return toExchangeString(roundToStep(toDecimal(quantity, 'Quantity'), quantityGrid(filters, type).step, 'down'));
}

/** Down to the quote asset's precision. */
export function roundQuoteOrderQty(filters: SymbolFilters, amount: DecimalInput): string {
  return toExchangeString(roundToStep(toDecimal(amount, 'Quote amount'), quoteOrderQtyGrid(filters).step, 'down'));
}

function stepOf(filters: SymbolFilters, field: AmountField, type: CheckedOrderType): Decimal {
  switch (field) {
    case 'quantity':
      return quantityGrid(filters, type).step;
    case 'quoteOrderQty':
      return quoteOrderQtyGrid(filters).step;
    case 'price':
    case 'stopPrice':
      return priceGrid(filters).step;
  }
}

function directionOf(field: AmountField, order: OrderDraft, mode: RoundingMode): RoundDirection {
  switch (field) {
    case 'quantity':
    case 'quoteOrderQty':
      return 'down';
    case 'price':
      return priceDirection(order.side, mode);
    case 'stopPrice':
      return 'nearest';
  }
}

const AMOUNT_FIELDS: readonly AmountField[] = ['quantity', 'quoteOrderQty', 'price', 'stopPrice'];

/**
 * Rounds every amount the order gives onto its grid, then checks the result. Values that do
 * not parse, or that would round to zero (a quantity under one step), are left as they are so
 * the check can report them against what was typed, with the nearest valid values.
 */
export function roundOrder(
  filters: SymbolFilters,
  order: OrderDraft,
  mode: RoundingMode,
  context: CheckContext = {},
): RoundOrderResult {
  const rounded: OrderDraft = { ...order };
  const adjustments: Adjustment[] = [];
  for (const field of AMOUNT_FIELDS) {
    const text = order[field];
    if (text === undefined) continue;
    const parsed = tryParseDecimal(text);
    if (!parsed.ok || parsed.value.lessThanOrEqualTo(0)) continue;
    const snapped = roundToStep(parsed.value, stepOf(filters, field, order.type), directionOf(field, order, mode));
    if (snapped.isZero()) continue;
    rounded[field] = toExchangeString(snapped);
    if (!snapped.equals(parsed.value)) adjustments.push({ field, from: text, to: toExchangeString(snapped) });
  }
  return { ...checkOrder(filters, rounded, context), rounded, adjustments };
}
