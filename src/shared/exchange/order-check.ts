import { ORDER_SIDES, type TimeInForce } from '../domain/enums';
import { toExchangeString, tryParseDecimal, type Decimal } from './decimal';
import { isMultipleOf } from './grid';
import {
  nearestValidPrice,
  nearestValidQuantity,
  nearestValidQuantityForNotional,
  nearestValidQuoteOrderQty,
  notionalBounds,
} from './nearest-valid';
import {
  CHECKED_ORDER_TYPES,
  type CheckContext,
  type CheckedOrderType,
  type CheckRule,
  type NearestValues,
  type OrderCheckResult,
  type OrderDraft,
  type OrderProblem,
  type ValidOrder,
} from './order';
import { type SymbolFilters } from './symbol-filters';
import { readParameters, type Parsed } from './order-parameters';
import { FIELD_LABEL, nearestText, typeText, type AmountField } from './wording';

/**
 * The one pre-trade check of an order against its symbol's exchange filters (Binance's rules
 * from filters.md, applied exactly), used by the risk gate before anything is sent and by the
 * order ticket while someone types. It reports every problem it finds, each with the rule that
 * failed, the numbers, and the nearest valid values; it never changes the order (roundOrder does).
 */

function assertNever(value: never): never {
  throw new Error(`Unhandled order type ${String(value)}`);
}

interface Limits {
  rule: CheckRule;
  field: AmountField;
  value: Decimal;
  nearest: NearestValues;
  step: string | null;
  min: string | null;
  max: string | null;
  /** e.g. "the tick size", "the market-order step size". */
  stepName: string;
  minName: string;
  maxName: string;
}

/** The three checks every Binance range filter makes: on the step, not below min, not above max. */
function checkLimits(problems: OrderProblem[], limits: Limits): void {
  const { rule, field, value, nearest } = limits;
  const said = `${FIELD_LABEL[field]} ${toExchangeString(value)}`;
  const hint = nearestText(field, nearest);
  const add = (message: string): void => {
    problems.push({ rule, field, message: `${said} ${message}; ${hint}`, nearest });
  };
  if (limits.step !== null && !isMultipleOf(value, parseKnown(limits.step))) {
    add(`is not a multiple of ${limits.stepName} ${limits.step}`);
  }
  if (limits.min !== null && value.lessThan(parseKnown(limits.min))) add(`is below ${limits.minName} ${limits.min}`);
  if (limits.max !== null && value.greaterThan(parseKnown(limits.max))) add(`is above ${limits.maxName} ${limits.max}`);
}

/** Filter values were validated when the filters were read. */
function parseKnown(text: string): Decimal {
  const parsed = tryParseDecimal(text);
  if (!parsed.ok) throw new Error(`Symbol filter value ${text} ${parsed.reason}`);
  return parsed.value;
}

/** Without a step, Binance still rejects more decimals than the asset has (-1111 BAD_PRECISION). */
function checkPrecision(
  problems: OrderProblem[],
  field: AmountField,
  value: Decimal,
  places: number,
  owner: string,
  nearest: NearestValues,
): void {
  if (value.decimalPlaces() <= places) return;
  problems.push({
    rule: 'PARAMETERS',
    field,
    message:
      `${FIELD_LABEL[field]} ${toExchangeString(value)} has more decimal places than ${owner} ` +
      `accepts (${places}); ${nearestText(field, nearest)}`,
    nearest,
  });
}

function checkMarket(problems: OrderProblem[], filters: SymbolFilters, type: CheckedOrderType): void {
  if (filters.status !== 'TRADING') {
    problems.push({
      rule: 'SYMBOL_STATUS',
      field: 'symbol',
      message: `${filters.symbol} is not open for trading right now (status ${filters.status})`,
    });
  }
  if (!filters.isSpotTradingAllowed) {
    problems.push({
      rule: 'SYMBOL_STATUS',
      field: 'symbol',
      message: `Spot trading is not allowed on ${filters.symbol}`,
    });
  }
  if (!filters.orderTypes.includes(type)) {
    const accepted = filters.orderTypes.map(typeText).join(', ') || 'none';
    problems.push({
      rule: 'ORDER_TYPE',
      field: 'type',
      message: `${filters.symbol} does not accept ${typeText(type)} orders (it accepts: ${accepted})`,
    });
  }
}

function checkPrice(problems: OrderProblem[], filters: SymbolFilters, field: 'price' | 'stopPrice', value: Decimal): void {
  const nearest = nearestValidPrice(filters, value);
  if (filters.tickSize === null) {
    checkPrecision(problems, field, value, filters.quoteAssetPrecision, filters.symbol, nearest);
  }
  checkLimits(problems, {
    rule: 'PRICE_FILTER', field, value, nearest,
    step: filters.tickSize, min: filters.minPrice, max: filters.maxPrice,
    stepName: 'the tick size', minName: 'the minimum price', maxName: 'the maximum price',
  });
}

function checkQuantity(problems: OrderProblem[], filters: SymbolFilters, type: CheckedOrderType, value: Decimal): void {
  const nearest = nearestValidQuantity(filters, value, type);
  const isMarket = type === 'MARKET';
  if (filters.stepSize === null && (!isMarket || filters.marketStepSize === null)) {
    checkPrecision(problems, 'quantity', value, filters.baseAssetPrecision, filters.baseAsset, nearest);
  }
  checkLimits(problems, {
    rule: 'LOT_SIZE', field: 'quantity', value, nearest,
    step: filters.stepSize, min: filters.minQty, max: filters.maxQty,
    stepName: 'the step size', minName: 'the minimum quantity', maxName: 'the maximum quantity',
  });
  if (isMarket) {
    checkLimits(problems, {
      rule: 'MARKET_LOT_SIZE', field: 'quantity', value, nearest,
      step: filters.marketStepSize, min: filters.marketMinQty, max: filters.marketMaxQty,
      stepName: 'the market-order step size', minName: 'the market-order minimum', maxName: 'the market-order maximum',
    });
  }
}

function checkQuoteOrderQty(problems: OrderProblem[], filters: SymbolFilters, value: Decimal): void {
  if (!filters.quoteOrderQtyMarketAllowed) {
    problems.push({
      rule: 'ORDER_TYPE',
      field: 'quoteOrderQty',
      message: `${filters.symbol} does not accept market orders by quote amount; give a quantity instead`,
    });
  }
  const nearest = nearestValidQuoteOrderQty(filters, value);
  checkPrecision(problems, 'quoteOrderQty', value, filters.quoteAssetPrecision, filters.quoteAsset, nearest);
  const quote = filters.quoteAsset;
  const said = `Quote amount ${toExchangeString(value)} ${quote}`;
  const hint = nearestText('quoteOrderQty', nearest);
  const { min, max } = notionalBounds(filters, 'MARKET');
  if (min !== null && value.lessThan(min)) {
    problems.push({
      rule: 'NOTIONAL',
      field: 'quoteOrderQty',
      message: `${said} is below the minimum order value ${toExchangeString(min)} ${quote}; ${hint}`,
      nearest,
    });
  }
  if (max !== null && value.greaterThan(max)) {
    problems.push({
      rule: 'NOTIONAL',
      field: 'quoteOrderQty',
      message: `${said} is above the maximum order value ${toExchangeString(max)} ${quote}; ${hint}`,
      nearest,
    });
  }
}

function checkNotional(
  problems: OrderProblem[],
  filters: SymbolFilters,
  type: CheckedOrderType,
  parsed: Parsed,
  context: CheckContext,
): void {
  const quantity = parsed.quantity;
  const { min, max } = notionalBounds(filters, type);
  if (quantity === undefined || (min === null && max === null)) return;
  const quote = filters.quoteAsset;
  const isMarket = type === 'MARKET';
  let price = parsed.price;
  if (isMarket) {
    const last = context.lastPrice === undefined ? undefined : tryParseDecimal(context.lastPrice);
    if (last === undefined || !last.ok || last.value.lessThanOrEqualTo(0)) {
      const limits: string[] = [];
      if (min !== null) limits.push(`minimum ${toExchangeString(min)} ${quote}`);
      if (max !== null) limits.push(`maximum ${toExchangeString(max)} ${quote}`);
      const why =
        last === undefined
          ? `no last price for ${filters.symbol} is known yet`
          : `the last price "${context.lastPrice}" is not usable`;
      problems.push({
        rule: 'NOTIONAL',
        field: 'quantity',
        message:
          `The value of this market order cannot be checked against ${filters.symbol}'s ` +
          `order value limits (${limits.join(', ')}): ${why}`,
      });
      return;
    }
    price = last.value;
  }
  if (price === undefined) return; // a missing or bad price was reported already
  const value = quantity.times(price);
  const nearest = nearestValidQuantityForNotional(filters, quantity, price, type);
  const said =
    `${isMarket ? 'Estimated order value' : 'Order value'} ${toExchangeString(value)} ${quote} ` +
    `(quantity ${toExchangeString(quantity)} × ${isMarket ? 'last price' : 'price'} ${toExchangeString(price)})`;
  const hint = nearestText('quantity', nearest, 'at this price');
  if (min !== null && value.lessThan(min)) {
    problems.push({
      rule: 'NOTIONAL',
      field: 'quantity',
      message: `${said} is below the minimum ${toExchangeString(min)} ${quote}; ${hint}`,
      nearest,
    });
  }
  if (max !== null && value.greaterThan(max)) {
    problems.push({
      rule: 'NOTIONAL',
      field: 'quantity',
      message: `${said} is above the maximum ${toExchangeString(max)} ${quote}; ${hint}`,
      nearest,
    });
  }
}

function checkOpenOrders(problems: OrderProblem[], filters: SymbolFilters, openOrders: number | undefined): void {
  if (openOrders === undefined || filters.maxNumOrders === null) return;
  if (!Number.isSafeInteger(openOrders) || openOrders < 0) throw new RangeError(`openOrders must be a count, not ${openOrders}`);
  if (openOrders >= filters.maxNumOrders) {
    problems.push({
      rule: 'MAX_NUM_ORDERS',
      field: 'symbol',
      message:
        `${filters.symbol} already has ${openOrders} open orders and allows at most ` +
        `${filters.maxNumOrders}; cancel one before placing another`,
    });
  }
}

function must(value: Decimal | undefined): string {
  if (value === undefined) throw new Error('checkOrder built an order from a missing amount');
  return toExchangeString(value);
}

function buildOrder(order: OrderDraft, type: CheckedOrderType, parsed: Parsed): ValidOrder {
  const { side } = order;
  const timeInForce = order.timeInForce as TimeInForce; // validated by readParameters
  switch (type) {
    case 'MARKET':
      return parsed.quantity !== undefined
        ? { side, type, quantity: must(parsed.quantity) }
        : { side, type, quoteOrderQty: must(parsed.quoteOrderQty) };
    case 'LIMIT':
      return { side, type, quantity: must(parsed.quantity), price: must(parsed.price), timeInForce };
    case 'LIMIT_MAKER':
      return { side, type, quantity: must(parsed.quantity), price: must(parsed.price) };
    case 'STOP_LOSS_LIMIT':
    case 'TAKE_PROFIT_LIMIT':
      return {
        side,
        type,
        quantity: must(parsed.quantity),
        price: must(parsed.price),
        stopPrice: must(parsed.stopPrice),
        timeInForce,
      };
    default:
      return assertNever(type);
  }
}

/**
 * Checks an order against the symbol's filters and answers either the exact order to send
 * (canonical amounts, only the parameters its type takes) or every problem found.
 */
export function checkOrder(filters: SymbolFilters, order: OrderDraft, context: CheckContext = {}): OrderCheckResult {
  const problems: OrderProblem[] = [];
  const sides: readonly string[] = ORDER_SIDES;
  if (!sides.includes(order.side)) {
    problems.push({
      rule: 'PARAMETERS',
      field: 'side',
      message: `Side "${String(order.side)}" is not BUY or SELL`,
    });
  }
  const types: readonly string[] = CHECKED_ORDER_TYPES;
  if (!types.includes(order.type)) {
    problems.push({
      rule: 'PARAMETERS',
      field: 'type',
      message: `Order type "${String(order.type)}" is not one this app places (${CHECKED_ORDER_TYPES.join(', ')})`,
    });
    return { ok: false, problems };
  }
  const { type } = order;

  checkMarket(problems, filters, type);
  const parsed = readParameters(problems, order, type);
  if (parsed.price !== undefined) checkPrice(problems, filters, 'price', parsed.price);
  if (parsed.stopPrice !== undefined) checkPrice(problems, filters, 'stopPrice', parsed.stopPrice);
  if (parsed.quantity !== undefined) checkQuantity(problems, filters, type, parsed.quantity);
  if (parsed.quoteOrderQty !== undefined) checkQuoteOrderQty(problems, filters, parsed.quoteOrderQty);
  checkNotional(problems, filters, type, parsed, context);
  checkOpenOrders(problems, filters, context.openOrders);

  return problems.length > 0 ? { ok: false, problems } : { ok: true, order: buildOrder(order, type, parsed) };
}
