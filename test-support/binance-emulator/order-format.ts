import { type CancelResult, type PlacementResult } from './engine';
import { formatFixed } from './fixed';
import { isStopType, tradeSnapshot, type Order, type OrderList, type RespType, type Trade } from './order-model';

/** Binance adds stopPrice to a reply only for the order types that have one. */
function stopField(order: Order): { stopPrice?: string } {
  return isStopType(order.type) ? { stopPrice: formatFixed(order.stopPrice) } : {};
}

function amounts(order: Order): object {
  return {
    price: formatFixed(order.price),
    origQty: formatFixed(order.origQty),
    executedQty: formatFixed(order.executedQty),
    origQuoteOrderQty: formatFixed(order.origQuoteOrderQty),
    cummulativeQuoteQty: formatFixed(order.cummulativeQuoteQty),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
  };
}

/** The reply to POST /api/v3/order in each newOrderRespType (API-FACTS section 6). */
export function placementBody(result: PlacementResult, respType: RespType): object {
  const { order, transactTime } = result;
  const ack = { symbol: order.symbol, orderId: order.orderId, orderListId: order.orderListId, clientOrderId: order.clientOrderId, transactTime };
  if (respType === 'ACK') return ack;
  const body = {
    ...ack,
    ...amounts(order),
    ...stopField(order),
    workingTime: order.workingTime,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
  if (respType === 'RESULT') return body;
  return {
    ...body,
    fills: result.fills.map((trade) => ({
      price: formatFixed(trade.price),
      qty: formatFixed(trade.qty),
      commission: formatFixed(trade.commission),
      commissionAsset: trade.commissionAsset,
      tradeId: trade.id,
    })),
  };
}

/** An order as GET /api/v3/order, openOrders and allOrders show it. */
export function queryBody(order: Order): object {
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    price: formatFixed(order.price),
    origQty: formatFixed(order.origQty),
    executedQty: formatFixed(order.executedQty),
    cummulativeQuoteQty: formatFixed(order.cummulativeQuoteQty),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
    stopPrice: formatFixed(order.stopPrice),
    icebergQty: formatFixed(0n),
    time: order.time,
    updateTime: order.updateTime,
    isWorking: order.isWorking,
    workingTime: order.workingTime,
    origQuoteOrderQty: formatFixed(order.origQuoteOrderQty),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/** The reply to DELETE /api/v3/order: clientOrderId is the cancel's own id. */
export function cancelBody(result: CancelResult): object {
  const { order } = result;
  return {
    symbol: order.symbol,
    origClientOrderId: order.clientOrderId,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: result.cancelClientOrderId,
    transactTime: result.transactTime,
    ...amounts(order),
    ...stopField(order),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/** One row of GET /api/v3/myTrades: the trade as inspected, minus its key, plus Binance's two fixed fields. */
export function tradeBody(trade: Trade): object {
  const { apiKey: _apiKey, ...fields } = tradeSnapshot(trade);
  return { ...fields, orderListId: trade.orderListId, isBestMatch: true };
}

/** An order list as GET /api/v3/orderList and openOrderList show it. */
export function listBody(list: OrderList): object {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
    transactionTime: list.transactionTime,
    symbol: list.symbol,
    orders: list.orders.map((order) => ({ symbol: order.symbol, orderId: order.orderId, clientOrderId: order.clientOrderId })),
  };
}

/** The reply to POST /api/v3/orderList/oco: the list and each leg in the newOrderRespType. */
export function ocoPlacementBody(list: OrderList, respType: RespType, transactTime: number): object {
  return { ...listBody(list), orderReports: list.orders.map((order) => placementBody({ order, fills: [], transactTime }, respType)) };
}

/** The reply to DELETE /api/v3/orderList: the list and each leg's cancel. */
export function listCancelBody(list: OrderList, cancels: readonly CancelResult[]): object {
  return { ...listBody(list), orderReports: cancels.map(cancelBody) };
}
