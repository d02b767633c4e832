import { type AccountContext, type Route, RouteReply } from './route';
import { cancelBody, listBody, listCancelBody, ocoPlacementBody, placementBody, queryBody } from './order-format';
import { parseNewOco } from './order-list-params';
import { CLIENT_ORDER_ID, CLIENT_ORDER_ID_RANGE, parseNewOrder } from './order-params';
import { binanceErrors } from './errors';
import { intParam, limitParam, orderKey, requireSymbol } from './params';

function placeOrder({ request, state, account }: AccountContext): RouteReply {
  requireSymbol(request, state.symbols);
  const order = parseNewOrder(request.params);
  const result = state.engine.place(account, order);
  const headers = state.orderRate.add(account, state.clock.now());
  return new RouteReply(placementBody(result, order.newOrderRespType), headers);
}

function testOrder({ request, state, account }: AccountContext): object {
  requireSymbol(request, state.symbols);
  state.engine.test(account, parseNewOrder(request.params));
  return {};
}

function getOrder({ request, state, account }: AccountContext): object {
  const { symbol } = requireSymbol(request, state.symbols);
  const order = state.engine.store.find(account.apiKey, symbol, orderKey(request));
  if (order === undefined) throw binanceErrors.noSuchOrder();
  return queryBody(order);
}

function cancelOrder({ request, state, account }: AccountContext): object {
  const { symbol } = requireSymbol(request, state.symbols);
  const key = orderKey(request);
  return cancelBody(state.engine.cancel(account, symbol, key, request.params.get('newClientOrderId') || undefined));
}

/** Single orders come back as cancels, order lists as list cancels (as Binance answers). */
function cancelAll({ request, state, account }: AccountContext): object[] {
  const { symbol } = requireSymbol(request, state.symbols);
  return state.engine.cancelAll(account, symbol).map((result) => ('list' in result ? listCancelBody(result.list, result.cancels) : cancelBody(result)));
}

/** POST /api/v3/orderList/oco: counts as 2 orders for the order rate limit. */
function placeOco({ request, state, account }: AccountContext): RouteReply {
  requireSymbol(request, state.symbols);
  const oco = parseNewOco(request.params);
  const { list, transactTime } = state.engine.placeOco(account, oco);
  const headers = state.orderRate.add(account, state.clock.now(), 2);
  return new RouteReply(ocoPlacementBody(list, oco.newOrderRespType, transactTime), headers);
}

/** An order list named by orderListId or by its list client order id (`clientIdParam`). */
function listKey(request: AccountContext['request'], clientIdParam: string): { orderListId?: number; listClientOrderId?: string } {
  const orderListId = intParam(request, 'orderListId');
  const listClientOrderId = request.params.get(clientIdParam) || undefined;
  if (orderListId === undefined && listClientOrderId === undefined) throw binanceErrors.mandatoryEither('orderListId', clientIdParam);
  return orderListId === undefined ? { listClientOrderId } : { orderListId };
}

function cancelOrderList({ request, state, account }: AccountContext): object {
  const { symbol } = requireSymbol(request, state.symbols);
  const key = listKey(request, 'listClientOrderId');
  const cancelId = request.params.get('newClientOrderId') || undefined;
  if (cancelId !== undefined && !CLIENT_ORDER_ID.test(cancelId)) throw binanceErrors.illegalCharsIn('newClientOrderId', CLIENT_ORDER_ID_RANGE);
  const { list, cancels } = state.engine.cancelList(account, symbol, key, cancelId);
  return listCancelBody(list, cancels);
}

/** GET /api/v3/orderList: by orderListId or origClientOrderId (the listClientOrderId); no symbol. */
function getOrderList({ request, state, account }: AccountContext): object {
  const list = state.engine.store.findList(account.apiKey, listKey(request, 'origClientOrderId'));
  if (list === undefined) throw binanceErrors.noSuchOrderList();
  return listBody(list);
}

function openOrderLists({ state, account }: AccountContext): object[] {
  return state.engine.store
    .allLists(account.apiKey)
    .filter((list) => list.listOrderStatus === 'EXECUTING')
    .map(listBody);
}

/** GET /api/v3/allOrderList: from fromId up, or within startTime/endTime, else the most recent; newest first. */
function allOrderLists({ request, state, account }: AccountContext): object[] {
  const fromId = intParam(request, 'fromId');
  const startTime = intParam(request, 'startTime');
  const endTime = intParam(request, 'endTime');
  const limit = limitParam(request, 500, 1000);
  if (fromId !== undefined && (startTime !== undefined || endTime !== undefined)) throw binanceErrors.badParamCombination();
  const lists = state.engine.store
    .allLists(account.apiKey)
    .filter(
      (list) =>
        (fromId === undefined || list.orderListId >= fromId) &&
        (startTime === undefined || (list.orders[0]?.time ?? 0) >= startTime) &&
        (endTime === undefined || (list.orders[0]?.time ?? 0) <= endTime),
    );
  const picked = fromId !== undefined || startTime !== undefined ? lists.slice(0, limit) : lists.slice(-limit);
  return picked.reverse().map(listBody);
}

function openOrders({ request, state, account }: AccountContext): object[] {
  const symbol = request.params.has('symbol') ? requireSymbol(request, state.symbols).symbol : undefined;
  return state.engine.store.open(account.apiKey, symbol).map(queryBody);
}

/** With orderId: from that id up; otherwise the most recent; startTime/endTime narrow either. */
function allOrders({ request, state, account }: AccountContext): object[] {
  const { symbol } = requireSymbol(request, state.symbols);
  const fromId = intParam(request, 'orderId');
  const startTime = intParam(request, 'startTime');
  const endTime = intParam(request, 'endTime');
  const limit = limitParam(request, 500, 1000);
  const orders = state.engine.store
    .forAccount(account.apiKey, symbol)
    .filter((order) => (fromId === undefined || order.orderId >= fromId) && (startTime === undefined || order.time >= startTime) && (endTime === undefined || order.time <= endTime));
  const picked = fromId !== undefined || startTime !== undefined ? orders.slice(0, limit) : orders.slice(-limit);
  return picked.map(queryBody);
}

const ORDER_SECURITY = { pool: 'api', security: 'TRADE' } as const;
const QUERY_SECURITY = { pool: 'api', security: 'USER_DATA' } as const;

export const orderRoutes: readonly Route[] = [
  { method: 'POST', path: '/api/v3/order', weight: 1, ...ORDER_SECURITY, handle: placeOrder },
  { method: 'POST', path: '/api/v3/order/test', weight: 1, ...ORDER_SECURITY, handle: testOrder },
  { method: 'GET', path: '/api/v3/order', weight: 4, ...QUERY_SECURITY, handle: getOrder },
  { method: 'DELETE', path: '/api/v3/order', weight: 1, ...ORDER_SECURITY, handle: cancelOrder },
  { method: 'DELETE', path: '/api/v3/openOrders', weight: 1, ...ORDER_SECURITY, handle: cancelAll },
  {
    method: 'GET',
    path: '/api/v3/openOrders',
    weight: (request) => (request.params.has('symbol') ? 6 : 80),
    ...QUERY_SECURITY,
    handle: openOrders,
  },
  { method: 'GET', path: '/api/v3/allOrders', weight: 20, ...QUERY_SECURITY, handle: allOrders },
  { method: 'POST', path: '/api/v3/orderList/oco', weight: 1, ...ORDER_SECURITY, handle: placeOco },
  { method: 'DELETE', path: '/api/v3/orderList', weight: 1, ...ORDER_SECURITY, handle: cancelOrderList },
  { method: 'GET', path: '/api/v3/orderList', weight: 4, ...QUERY_SECURITY, handle: getOrderList },
  { method: 'GET', path: '/api/v3/openOrderList', weight: 6, ...QUERY_SECURITY, handle: openOrderLists },
  { method: 'GET', path: '/api/v3/allOrderList', weight: 20, ...QUERY_SECURITY, handle: allOrderLists },
];
