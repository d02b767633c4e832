import { binanceErrors } from './errors';
import { tradeBody } from './order-format';
import { intParam, limitParam, requireSymbol } from './params';
import { type AccountContext, type Route } from './route';

const DAY_MS = 86_400_000;

/**
 * GET /api/v3/myTrades: by orderId, from fromId up, or within startTime/endTime (at most 24 h
 * apart); without fromId or startTime, the most recent `limit`.
 */
function myTrades({ request, state, account }: AccountContext): object[] {
  const { symbol } = requireSymbol(request, state.symbols);
  const orderId = intParam(request, 'orderId');
  const fromId = intParam(request, 'fromId');
  const startTime = intParam(request, 'startTime');
  const endTime = intParam(request, 'endTime');
  const limit = limitParam(request, 500, 1000);
  if (startTime !== undefined && endTime !== undefined && endTime - startTime > DAY_MS) throw binanceErrors.tooMuchTimeBetween();
  if (fromId !== undefined && (startTime !== undefined || endTime !== undefined)) throw binanceErrors.badParamCombination();
  const trades = state.engine.store
    .allTrades(account.apiKey)
    .filter(
      (trade) =>
        trade.symbol === symbol &&
        (orderId === undefined || trade.orderId === orderId) &&
        (fromId === undefined || trade.id >= fromId) &&
        (startTime === undefined || trade.time >= startTime) &&
        (endTime === undefined || trade.time <= endTime),
    )
    .sort((a, b) => a.id - b.id);
  const picked = fromId !== undefined || startTime !== undefined ? trades.slice(0, limit) : trades.slice(-limit);
  return picked.map(tradeBody);
}

export const tradeRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/v3/myTrades',
    pool: 'api',
    weight: (request) => (request.params.has('orderId') ? 5 : 20),
    security: 'USER_DATA',
    handle: myTrades,
  },
];
