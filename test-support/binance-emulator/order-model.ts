import { type Account } from './accounts';
import { type Fixed, formatFixed } from './fixed';
import { type OrderListSnapshot, type OrderSnapshot, type OrderStatus, type OrderType, type Side, type TimeInForce, type TradeSnapshot } from './market-types';
import { type SymbolRules } from './symbol-rules';

export type RespType = 'ACK' | 'RESULT' | 'FULL';

/** A POST /api/v3/order request after parameter validation. */
export interface NewOrder {
  symbol: string;
  side: Side;
  type: OrderType;
  timeInForce?: TimeInForce;
  quantity?: Fixed;
  quoteOrderQty?: Fixed;
  price?: Fixed;
  stopPrice?: Fixed;
  newClientOrderId?: string;
  newOrderRespType: RespType;
  selfTradePreventionMode: string;
}

export interface Trade {
  readonly apiKey: string;
  readonly symbol: string;
  readonly id: number;
  readonly orderId: number;
  /** -1 unless the order belongs to an order list. */
  readonly orderListId: number;
  readonly price: Fixed;
  readonly qty: Fixed;
  readonly quoteQty: Fixed;
  readonly commission: Fixed;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
}

export interface Order {
  readonly account: Account;
  readonly rules: SymbolRules;
  readonly symbol: string;
  readonly orderId: number;
  /** -1 unless the order is a leg of an order list (OCO). */
  readonly orderListId: number;
  readonly clientOrderId: string;
  readonly side: Side;
  readonly type: OrderType;
  /** MARKET orders report GTC, as Binance does. */
  readonly timeInForce: TimeInForce;
  /** 0 for market orders. */
  readonly price: Fixed;
  /** For a MARKET order by quoteOrderQty: the quantity it was sized to at placement. */
  origQty: Fixed;
  readonly origQuoteOrderQty: Fixed;
  readonly stopPrice: Fixed;
  readonly selfTradePreventionMode: string;
  readonly time: number;
  executedQty: Fixed;
  cummulativeQuoteQty: Fixed;
  status: OrderStatus;
  /** False for a stop order that has not triggered yet. */
  isWorking: boolean;
  /** -1 until the order works. */
  workingTime: number;
  updateTime: number;
  /** What the order still holds locked, in `lockAsset`. */
  locked: Fixed;
  readonly lockAsset: string;
  readonly fills: Trade[];
}

export const STOP_TYPES: readonly OrderType[] = ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];
export const LIMIT_PRICED_TYPES: readonly OrderType[] = ['LIMIT', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'];

export function isStopType(type: OrderType): boolean {
  return STOP_TYPES.includes(type);
}

/** MARKET, and the stop orders that become market orders when they trigger. */
export function isMarketType(type: OrderType): boolean {
  return type === 'MARKET' || type === 'STOP_LOSS' || type === 'TAKE_PROFIT';
}

export function isOpen(order: Order): boolean {
  return order.status === 'NEW' || order.status === 'PARTIALLY_FILLED';
}

export function remainingQty(order: Order): Fixed {
  return order.origQty - order.executedQty;
}

export function tradeSnapshot(trade: Trade): TradeSnapshot {
  return {
    apiKey: trade.apiKey,
    symbol: trade.symbol,
    id: trade.id,
    orderId: trade.orderId,
    price: formatFixed(trade.price),
    qty: formatFixed(trade.qty),
    quoteQty: formatFixed(trade.quoteQty),
    commission: formatFixed(trade.commission),
    commissionAsset: trade.commissionAsset,
    time: trade.time,
    isBuyer: trade.isBuyer,
    isMaker: trade.isMaker,
  };
}

export function orderSnapshot(order: Order): OrderSnapshot {
  return {
    apiKey: order.account.apiKey,
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    side: order.side,
    type: order.type,
    timeInForce: order.timeInForce,
    price: formatFixed(order.price),
    origQty: formatFixed(order.origQty),
    origQuoteOrderQty: formatFixed(order.origQuoteOrderQty),
    stopPrice: formatFixed(order.stopPrice),
    executedQty: formatFixed(order.executedQty),
    cummulativeQuoteQty: formatFixed(order.cummulativeQuoteQty),
    status: order.status,
    isWorking: order.isWorking,
    time: order.time,
    updateTime: order.updateTime,
    fills: order.fills.map(tradeSnapshot),
  };
}

export type ListStatusType = 'EXEC_STARTED' | 'ALL_DONE';
export type ListOrderStatus = 'EXECUTING' | 'ALL_DONE';

/**
 * An OCO order list: two legs that lock the funds once, in the list, until one leg fills or
 * triggers (then the lock moves to that leg) or the list is canceled (then it is given back).
 */
export interface OrderList {
  readonly account: Account;
  readonly symbol: string;
  readonly orderListId: number;
  readonly listClientOrderId: string;
  readonly contingencyType: 'OCO';
  listStatusType: ListStatusType;
  listOrderStatus: ListOrderStatus;
  /** When the list last changed status. */
  transactionTime: number;
  /** Binance's order: the stop-loss leg first (the lower orderId), then the other. */
  readonly orders: readonly Order[];
  /** What the list holds locked for both legs, in `lockAsset`; 0 once a leg took it over. */
  locked: Fixed;
  readonly lockAsset: string;
}

export function orderListSnapshot(list: OrderList): OrderListSnapshot {
  return {
    apiKey: list.account.apiKey,
    symbol: list.symbol,
    orderListId: list.orderListId,
    listClientOrderId: list.listClientOrderId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    transactionTime: list.transactionTime,
    locked: formatFixed(list.locked),
    lockAsset: list.lockAsset,
    orders: list.orders.map(orderSnapshot),
  };
}
