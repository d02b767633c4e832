import { type OrderSide } from '../../../../shared/domain/enums';
import { Decimal } from '../../../../shared/exchange/decimal';
import { type CheckedOrderType } from '../../../../shared/exchange/order';

/** Whether the order adds to the book (maker) or takes from it (taker): it decides the fee rate. */
export type FeeRole = 'maker' | 'taker';

export interface Book {
  readonly bid: Decimal;
  readonly ask: Decimal;
}

/**
 * Market orders take; LIMIT_MAKER only ever makes; a limit order takes when it would cross the
 * book now (a buy at or above the ask, a sell at or below the bid). A stop-limit becomes a limit
 * order when the price reaches its stop, so it takes when its limit is through its own stop.
 */
export function feeRole(type: CheckedOrderType, side: OrderSide, price: Decimal | null, stopPrice: Decimal | null, book: Book | null): FeeRole {
  switch (type) {
    case 'MARKET':
      return 'taker';
    case 'LIMIT_MAKER':
      return 'maker';
    case 'LIMIT':
      if (price === null || book === null) return 'maker';
      return (side === 'BUY' ? !price.lessThan(book.ask) : !price.greaterThan(book.bid)) ? 'taker' : 'maker';
    case 'STOP_LOSS_LIMIT':
    case 'TAKE_PROFIT_LIMIT':
      if (price === null || stopPrice === null) return 'taker';
      return (side === 'BUY' ? !price.lessThan(stopPrice) : !price.greaterThan(stopPrice)) ? 'taker' : 'maker';
    default:
      return assertNever(type);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled order type ${String(value)}`);
}

export interface EstimateInput {
  readonly side: OrderSide;
  /** Base quantity, or (a market order by quote amount) null with `quoteOrderQty` set. */
  readonly quantity: Decimal | null;
  readonly quoteOrderQty: Decimal | null;
  /** The price it trades at: the limit price, or the book's side for a market order. */
  readonly price: Decimal;
  readonly feeRate: Decimal;
  /** Free balances of base and quote; null while unknown. */
  readonly baseFree: Decimal | null;
  readonly quoteFree: Decimal | null;
}

export interface Estimate {
  readonly quantity: Decimal;
  /** Cost of a buy, proceeds of a sell, in quote, before the fee. */
  readonly value: Decimal;
  /** Binance takes the fee from what the order receives: base for a buy, quote for a sell. */
  readonly fee: Decimal;
  readonly feeIn: 'base' | 'quote';
  /** The fee valued in quote, to compare with the order's value. */
  readonly feeInQuote: Decimal;
  /** Free balances once the order has filled in full; null while the balances are unknown. */
  readonly baseAfter: Decimal | null;
  readonly quoteAfter: Decimal | null;
}

/** Value, fee and the balances after a full fill. Nothing here is rounded: it is an estimate. */
export function estimateOrder(input: EstimateInput): Estimate | null {
  const { side, price, feeRate, baseFree, quoteFree } = input;
  if (price.lessThanOrEqualTo(0)) return null;
  let quantity: Decimal;
  let value: Decimal;
  if (input.quantity !== null) {
    quantity = input.quantity;
    value = quantity.times(price);
  } else if (input.quoteOrderQty !== null) {
    value = input.quoteOrderQty;
    quantity = value.div(price);
  } else {
    return null;
  }
  const feeInQuote = value.times(feeRate);
  const isBuy = side === 'BUY';
  const fee = isBuy ? quantity.times(feeRate) : feeInQuote;
  const known = baseFree !== null && quoteFree !== null;
  return {
    quantity,
    value,
    fee,
    feeIn: isBuy ? 'base' : 'quote',
    feeInQuote,
    baseAfter: !known ? null : isBuy ? baseFree.plus(quantity).minus(fee) : baseFree.minus(quantity),
    quoteAfter: !known ? null : isBuy ? quoteFree.minus(value) : quoteFree.plus(value).minus(fee),
  };
}

/** The fee rate as people read it: "0.1 %". */
export function percentText(rate: Decimal): string {
  return `${rate.times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed()} %`;
}

/** An estimated amount for people: at most `places` decimals, no trailing zeros, never "-0". */
export function amountText(value: Decimal, places = 8): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}
