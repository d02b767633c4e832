import { binanceErrors } from './errors';
import { DECIMAL_PARAM_RANGE, type Fixed, isDecimalParam, PLACES, significantDecimals, toFixed } from './fixed';
import { type OrderType, type Side, type TimeInForce } from './market-types';
import { type NewOrder, type RespType } from './order-model';

export type Params = ReadonlyMap<string, string>;

export interface TypeNeeds {
  timeInForce: boolean;
  quantity: boolean;
  price: boolean;
  stopPrice: boolean;
}

// The mandatory parameters of each type, from the docs of POST /api/v3/order.
export const NEEDS: Readonly<Record<OrderType, TypeNeeds>> = {
  LIMIT: { timeInForce: true, quantity: true, price: true, stopPrice: false },
  MARKET: { timeInForce: false, quantity: false, price: false, stopPrice: false },
  STOP_LOSS: { timeInForce: false, quantity: true, price: false, stopPrice: true },
  STOP_LOSS_LIMIT: { timeInForce: true, quantity: true, price: true, stopPrice: true },
  TAKE_PROFIT: { timeInForce: false, quantity: true, price: false, stopPrice: true },
  TAKE_PROFIT_LIMIT: { timeInForce: true, quantity: true, price: true, stopPrice: true },
  LIMIT_MAKER: { timeInForce: false, quantity: true, price: true, stopPrice: false },
};

export const SIDES: readonly Side[] = ['BUY', 'SELL'];
export const TIMES_IN_FORCE: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK'];
export const RESP_TYPES: readonly RespType[] = ['ACK', 'RESULT', 'FULL'];
export const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT'];
export const CLIENT_ORDER_ID_RANGE = '^[\\.A-Z\\:/a-z0-9_-]{1,36}$';
export const CLIENT_ORDER_ID = new RegExp(CLIENT_ORDER_ID_RANGE);
export const DEFAULT_STP_MODE = 'EXPIRE_MAKER';

function isOrderType(value: string): value is OrderType {
  return value in NEEDS;
}

export function present(params: Params, name: string): string | undefined {
  const value = params.get(name);
  return value === undefined || value === '' ? undefined : value;
}

export function required(params: Params, name: string): string {
  const value = present(params, name);
  if (value === undefined) throw binanceErrors.mandatoryParam(name);
  return value;
}

/** A decimal parameter: -1100 when malformed, -1111 beyond eight decimals. */
export function decimalParam(params: Params, name: string): Fixed | undefined {
  const raw = present(params, name);
  if (raw === undefined) return undefined;
  if (!isDecimalParam(raw)) throw binanceErrors.illegalCharsIn(name, DECIMAL_PARAM_RANGE);
  if (significantDecimals(raw) > PLACES) throw binanceErrors.badPrecision(name);
  return toFixed(raw);
}

export function enumParam<T extends string>(params: Params, name: string, values: readonly T[], invalid: () => Error): T | undefined {
  const raw = present(params, name);
  if (raw === undefined) return undefined;
  const value = values.find((candidate) => candidate === raw);
  if (value === undefined) throw invalid();
  return value;
}

function checkNeeds(params: Params, type: OrderType): void {
  const needs = NEEDS[type];
  const isMarket = type === 'MARKET';
  for (const name of ['timeInForce', 'quantity', 'price', 'stopPrice'] as const) {
    if (needs[name]) required(params, name);
    else if (present(params, name) !== undefined && !(isMarket && name === 'quantity')) throw binanceErrors.notRequired(name);
  }
  if (isMarket) {
    const hasQuantity = present(params, 'quantity') !== undefined;
    const hasQuote = present(params, 'quoteOrderQty') !== undefined;
    if (!hasQuantity && !hasQuote) throw binanceErrors.mandatoryEither('quantity', 'quoteOrderQty');
    if (hasQuantity && hasQuote) throw binanceErrors.notRequired('quoteOrderQty');
  } else if (present(params, 'quoteOrderQty') !== undefined) throw binanceErrors.notRequired('quoteOrderQty');
}

/**
 * Validates POST /api/v3/order parameters the way Binance does before any filter: mandatory
 * parameters (-1102), ones sent when not required (-1106), enum values (-1115/-1116/-1117),
 * malformed decimals (-1100) and too many decimals (-1111). The symbol is checked by the caller.
 */
export function parseNewOrder(params: Params): NewOrder {
  const symbol = required(params, 'symbol');
  const side = enumParam(params, 'side', SIDES, binanceErrors.invalidSide);
  if (side === undefined) throw binanceErrors.mandatoryParam('side');
  const rawType = required(params, 'type');
  if (!isOrderType(rawType)) throw binanceErrors.invalidOrderType();
  checkNeeds(params, rawType);
  if (present(params, 'icebergQty') !== undefined || present(params, 'trailingDelta') !== undefined) throw binanceErrors.unsupported();
  const clientOrderId = present(params, 'newClientOrderId');
  if (clientOrderId !== undefined && !CLIENT_ORDER_ID.test(clientOrderId)) {
    throw binanceErrors.illegalCharsIn('newClientOrderId', CLIENT_ORDER_ID_RANGE);
  }
  const defaultRespType: RespType = rawType === 'MARKET' || rawType === 'LIMIT' ? 'FULL' : 'ACK';
  const respType = respTypeParam(params);
  const stpMode = stpModeParam(params);
  return {
    symbol,
    side,
    type: rawType,
    timeInForce: enumParam(params, 'timeInForce', TIMES_IN_FORCE, binanceErrors.invalidTimeInForce),
    quantity: decimalParam(params, 'quantity'),
    quoteOrderQty: decimalParam(params, 'quoteOrderQty'),
    price: decimalParam(params, 'price'),
    stopPrice: decimalParam(params, 'stopPrice'),
    newClientOrderId: clientOrderId,
    newOrderRespType: respType ?? defaultRespType,
    selfTradePreventionMode: stpMode ?? DEFAULT_STP_MODE,
  };
}

/** `newOrderRespType`, when given: ACK, RESULT or FULL. */
export function respTypeParam(params: Params): RespType | undefined {
  return enumParam(params, 'newOrderRespType', RESP_TYPES, () => binanceErrors.illegalCharsIn('newOrderRespType', RESP_TYPES.join(', ')));
}

/** `selfTradePreventionMode`, when given. */
export function stpModeParam(params: Params): string | undefined {
  return enumParam(params, 'selfTradePreventionMode', STP_MODES, () => binanceErrors.illegalCharsIn('selfTradePreventionMode', STP_MODES.join(', ')));
}
