import { binanceErrors } from './errors';
import { type Fixed } from './fixed';
import { type OrderType, type Side, type TimeInForce } from './market-types';
import { type NewOrder, type RespType } from './order-model';
import {
  CLIENT_ORDER_ID,
  CLIENT_ORDER_ID_RANGE,
  decimalParam,
  DEFAULT_STP_MODE,
  enumParam,
  NEEDS,
  type Params,
  present,
  required,
  respTypeParam,
  SIDES,
  stpModeParam,
  TIMES_IN_FORCE,
} from './order-params';

/** One leg of POST /api/v3/orderList/oco, from its above… or below… parameters. */
export interface NewOcoLeg {
  type: OrderType;
  price?: Fixed;
  stopPrice?: Fixed;
  timeInForce?: TimeInForce;
  clientOrderId?: string;
}

/** A POST /api/v3/orderList/oco request after parameter validation. */
export interface NewOco {
  symbol: string;
  side: Side;
  quantity: Fixed;
  listClientOrderId?: string;
  above: NewOcoLeg;
  below: NewOcoLeg;
  newOrderRespType: RespType;
  selfTradePreventionMode: string;
}

// The leg types the docs list for aboveType and belowType (belowType also takes LIMIT_MAKER: the BUY OCO).
const LEG_TYPES: readonly OrderType[] = ['STOP_LOSS_LIMIT', 'STOP_LOSS', 'LIMIT_MAKER', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];

// Accepted by Binance but not emulated: refused as "This operation is not supported." (-1020).
const UNSUPPORTED = ['IcebergQty', 'TrailingDelta', 'PegPriceType', 'PegOffsetType', 'PegOffsetValue'];

function clientOrderIdParam(params: Params, name: string): string | undefined {
  const value = present(params, name);
  if (value !== undefined && !CLIENT_ORDER_ID.test(value)) throw binanceErrors.illegalCharsIn(name, CLIENT_ORDER_ID_RANGE);
  return value;
}

/** A leg: its type, then the price / stopPrice / timeInForce its type needs (-1102) or refuses (-1106). */
function parseLeg(params: Params, prefix: 'above' | 'below'): NewOcoLeg {
  const typeName = `${prefix}Type`;
  const type = enumParam(params, typeName, LEG_TYPES, () => binanceErrors.illegalCharsIn(typeName, LEG_TYPES.join(', ')));
  if (type === undefined) throw binanceErrors.mandatoryParam(typeName);
  const needs = NEEDS[type];
  for (const [field, suffix] of [['price', 'Price'], ['stopPrice', 'StopPrice'], ['timeInForce', 'TimeInForce']] as const) {
    const name = `${prefix}${suffix}`;
    if (needs[field]) required(params, name);
    else if (present(params, name) !== undefined) throw binanceErrors.notRequired(name);
  }
  for (const suffix of UNSUPPORTED) if (present(params, `${prefix}${suffix}`) !== undefined) throw binanceErrors.unsupported();
  return {
    type,
    price: decimalParam(params, `${prefix}Price`),
    stopPrice: decimalParam(params, `${prefix}StopPrice`),
    timeInForce: enumParam(params, `${prefix}TimeInForce`, TIMES_IN_FORCE, binanceErrors.invalidTimeInForce),
    clientOrderId: clientOrderIdParam(params, `${prefix}ClientOrderId`),
  };
}

/**
 * Validates POST /api/v3/orderList/oco parameters before any filter: mandatory ones (-1102),
 * ones a leg's type does not take (-1106), enums (-1100/-1115/-1117), decimals (-1100/-1111).
 * Iceberg, trailing and pegged legs are refused (-1020); strategy ids are accepted and ignored.
 */
export function parseNewOco(params: Params): NewOco {
  const symbol = required(params, 'symbol');
  const side = enumParam(params, 'side', SIDES, binanceErrors.invalidSide);
  if (side === undefined) throw binanceErrors.mandatoryParam('side');
  const quantity = decimalParam(params, 'quantity');
  if (quantity === undefined) throw binanceErrors.mandatoryParam('quantity');
  const above = parseLeg(params, 'above');
  const below = parseLeg(params, 'below');
  const respType = respTypeParam(params);
  const stpMode = stpModeParam(params);
  return {
    symbol,
    side,
    quantity,
    listClientOrderId: clientOrderIdParam(params, 'listClientOrderId'),
    above,
    below,
    newOrderRespType: respType ?? 'FULL',
    selfTradePreventionMode: stpMode ?? DEFAULT_STP_MODE,
  };
}

/** A leg as the single order it becomes. */
export function legOrder(oco: NewOco, leg: NewOcoLeg): NewOrder {
  return {
    symbol: oco.symbol,
    side: oco.side,
    type: leg.type,
    timeInForce: leg.timeInForce,
    quantity: oco.quantity,
    price: leg.price,
    stopPrice: leg.stopPrice,
    newClientOrderId: leg.clientOrderId,
    newOrderRespType: oco.newOrderRespType,
    selfTradePreventionMode: oco.selfTradePreventionMode,
  };
}
