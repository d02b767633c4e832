import { binanceErrors } from './errors';
import { type Fixed, isMultipleOf, mul } from './fixed';
import { isMarketType, isStopType, type NewOrder } from './order-model';
import { type SymbolRules } from './symbol-rules';

export interface OpenCounts {
  /** The account's open orders in the symbol, stop orders included. */
  orders: number;
  /** Of which stop orders (MAX_NUM_ALGO_ORDERS counts those). */
  algoOrders: number;
}

function checkPrice(value: Fixed | undefined, rules: SymbolRules): void {
  if (value === undefined) return;
  if (value < rules.minPrice || value > rules.maxPrice || !isMultipleOf(value - rules.minPrice, rules.tickSize)) {
    throw binanceErrors.filterFailure('PRICE_FILTER');
  }
}

function checkLotSize(quantity: Fixed | undefined, rules: SymbolRules): void {
  if (quantity === undefined) return;
  if (quantity < rules.minQty || quantity > rules.maxQty || !isMultipleOf(quantity - rules.minQty, rules.stepSize)) {
    throw binanceErrors.filterFailure('LOT_SIZE');
  }
}

function checkPercentPrice(order: NewOrder, rules: SymbolRules, marketPrice: Fixed): void {
  if (order.price === undefined) return;
  if (order.price > mul(marketPrice, rules.multiplierUp, 'up') || order.price < mul(marketPrice, rules.multiplierDown, 'down')) {
    throw binanceErrors.filterFailure('PERCENT_PRICE_BY_SIDE');
  }
}

/**
 * NOTIONAL: price × quantity for priced orders. Market orders (applyMinToMarket) are valued at
 * their quoteOrderQty, or at the quantity times the current price standing in for the
 * avgPriceMins average; applyMaxToMarket is false, so only the minimum applies to them.
 */
function checkNotional(order: NewOrder, rules: SymbolRules, marketPrice: Fixed): void {
  if (isMarketType(order.type)) {
    const notional = order.quoteOrderQty ?? mul(order.quantity ?? 0n, marketPrice);
    if (notional < rules.minNotional) throw binanceErrors.filterFailure('NOTIONAL');
    return;
  }
  const notional = mul(order.price ?? 0n, order.quantity ?? 0n);
  if (notional < rules.minNotional || notional > rules.maxNotional) throw binanceErrors.filterFailure('NOTIONAL');
}

/** Every filter of exchangeInfo, in the order it lists them; each failure is -1013. */
export function checkFilters(order: NewOrder, rules: SymbolRules, marketPrice: Fixed, counts: OpenCounts): void {
  checkPrice(order.price, rules);
  checkPrice(order.stopPrice, rules);
  checkLotSize(order.quantity, rules);
  if (isMarketType(order.type) && order.quantity !== undefined && order.quantity > rules.marketMaxQty) {
    throw binanceErrors.filterFailure('MARKET_LOT_SIZE');
  }
  checkPercentPrice(order, rules, marketPrice);
  checkNotional(order, rules, marketPrice);
  if (counts.orders >= rules.maxNumOrders) throw binanceErrors.filterFailure('MAX_NUM_ORDERS');
  if (isStopType(order.type) && counts.algoOrders >= rules.maxNumAlgoOrders) throw binanceErrors.filterFailure('MAX_NUM_ALGO_ORDERS');
}
