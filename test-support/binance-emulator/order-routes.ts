import { type AccountContext, type Route, RouteReply } from './route';
import { cancelBody, placementBody, queryBody } from './order-format';
import { parseNewOrder } from './order-params';
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

function cancelAll({ request, state, account }: AccountContext): object[] {
  const { symbol } = requireSymbol(request, state.symbols);
  return state.engine.cancelAll(account, symbol).map(cancelBody);
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
];
