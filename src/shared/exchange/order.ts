import { type OrderSide, type TimeInForce } from '../domain/enums';

/** The order types the app places; the stop-market types (STOP_LOSS, TAKE_PROFIT) are not offered. */
export const CHECKED_ORDER_TYPES = [
  'MARKET',
  'LIMIT',
  'LIMIT_MAKER',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT_LIMIT',
] as const;
export type CheckedOrderType = (typeof CHECKED_ORDER_TYPES)[number];

/**
 * An order as the user or a strategy wrote it: amounts are decimal strings, possibly empty or
 * unparsable while someone is still typing. Nothing here has been validated yet.
 */
export interface OrderDraft {
  side: OrderSide;
  type: CheckedOrderType;
  quantity?: string;
  /** MARKET only: spend (BUY) or receive (SELL) this much quote asset instead of a quantity. */
  quoteOrderQty?: string;
  price?: string;
  stopPrice?: string;
  timeInForce?: TimeInForce;
}

/**
 * An order that passed every check, with exactly the parameters to send and nothing else,
 * each amount in canonical form ("0.001", never "0.00100000" or "1e-3").
 */
export type ValidOrder =
  | { side: OrderSide; type: 'MARKET'; quantity: string }
  | { side: OrderSide; type: 'MARKET'; quoteOrderQty: string }
  | { side: OrderSide; type: 'LIMIT'; quantity: string; price: string; timeInForce: TimeInForce }
  | { side: OrderSide; type: 'LIMIT_MAKER'; quantity: string; price: string }
  | {
      side: OrderSide;
      type: 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT_LIMIT';
      quantity: string;
      price: string;
      stopPrice: string;
      timeInForce: TimeInForce;
    };

/** What the check needs to know besides the order itself. */
export interface CheckContext {
  /**
   * The price a MARKET order's notional is estimated with (Binance uses its average price over
   * `notionalAvgPriceMins`; the last price is the client's best stand-in). Required whenever the
   * symbol applies a notional bound to MARKET orders: without it the check reports a NOTIONAL
   * problem instead of letting an unverifiable order through.
   */
  lastPrice?: string;
  /**
   * Orders the account has open on this symbol. When absent, MAX_NUM_ORDERS is not checked:
   * the count is live account state that only the gateway knows for sure, and an order over the
   * limit is rejected by the exchange without consequence.
   */
  openOrders?: number;
}

/** Binance's filter names, plus the checks that are not filters. */
export type CheckRule =
  | 'PRICE_FILTER'
  | 'LOT_SIZE'
  | 'MARKET_LOT_SIZE'
  | 'NOTIONAL'
  | 'MAX_NUM_ORDERS'
  | 'ORDER_TYPE'
  | 'SYMBOL_STATUS'
  | 'PARAMETERS';

/** The order field a problem is about; `symbol` for problems with the market itself. */
export type ProblemField = keyof OrderDraft | 'symbol';

export interface NearestValues {
  below?: string;
  above?: string;
}

export interface OrderProblem {
  rule: CheckRule;
  field: ProblemField;
  /** A sentence for a person, with the numbers: what is wrong and what would be valid. */
  message: string;
  /** Valid values for `field` on either side of what was given, when there are any. */
  nearest?: NearestValues;
}

export type OrderCheckResult = { ok: true; order: ValidOrder } | { ok: false; problems: OrderProblem[] };
