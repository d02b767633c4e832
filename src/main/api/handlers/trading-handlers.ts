import { type AccountService } from '../../accounts/account-service';
import { type CandleFeeds } from '../../exchange/candle-feeds';
import { describeExchangeError } from '../../exchange/exchange-error';
import { type ExchangeService } from '../../exchange/exchange-service';
import { type MarketCatalog } from '../../markets/market-catalog';
import { venueOf } from '../../../shared/market/venue';
import { toFill, toOrder } from '../../orders/order-mapper';
import { type OrderJournal } from '../../orders/order-journal';
import { type OrderService } from '../../orders/order-service';
import { AppError } from '../app-error';
import { type HandlerMap } from '../handler-types';

type TradingMethods =
  | 'market.watch'
  | 'market.unwatch'
  | 'exchange.connect'
  | 'exchange.disconnect'
  | 'exchange.status'
  | 'markets.list'
  | 'markets.filters'
  | 'orders.place'
  | 'orders.cancel'
  | 'orders.cancelAll'
  | 'orders.list'
  | 'orders.reconcile'
  | 'fills.list';

export function tradingHandlers(deps: {
  accounts: AccountService;
  exchange: ExchangeService;
  markets: MarketCatalog;
  journal: OrderJournal;
  orders: OrderService;
  feeds: CandleFeeds;
}): HandlerMap<TradingMethods> {
  const { accounts, exchange, markets, journal, orders, feeds } = deps;
  const statusOf = (accountId: number) => {
    const status = exchange.statuses().find((candidate) => candidate.accountId === accountId);
    if (status === undefined) throw new AppError('UNAVAILABLE', `Account ${accountId} is not connected`);
    return status;
  };
  return {
    'market.watch': async ({ accountId, symbol, interval }) => ({ accountId, symbol, interval, state: await feeds.watch(accountId, symbol, interval) }),
    'market.unwatch': async ({ accountId, symbol, interval }) => ({ stopped: await feeds.unwatch(accountId, symbol, interval) }),
    'exchange.connect': async ({ accountId }) => {
      await exchange.connect(accountId);
      return statusOf(accountId);
    },
    'exchange.disconnect': async ({ accountId }) => {
      await exchange.disconnect(accountId);
      return { disconnected: true } as const;
    },
    'exchange.status': () => ({ connections: exchange.statuses() }),
    'markets.list': ({ accountId, search, limit }) => {
      const account = accounts.list().find((candidate) => candidate.id === accountId);
      if (account === undefined) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
      return { markets: markets.list(venueOf(account), search, limit) };
    },
    'markets.filters': ({ accountId, symbol }) => {
      const account = accounts.list().find((candidate) => candidate.id === accountId);
      if (account === undefined) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
      const filters = markets.filters(venueOf(account), symbol);
      if (filters === null) throw new AppError('NOT_FOUND', `${symbol} is not traded on this exchange (or its markets are not loaded yet: connect the account)`);
      return { ...filters, orderTypes: [...filters.orderTypes] };
    },
    'orders.place': (input) => orders.place(input, { origin: 'manual' }),
    'orders.cancel': ({ accountId, clientOrderId }) => orders.cancel(accountId, clientOrderId),
    'orders.cancelAll': async ({ accountId, symbol }) => ({ orders: await orders.cancelAll(accountId, symbol) }),
    'orders.list': ({ accountId, symbol, isOpenOnly, before, limit }) => {
      const rows = journal.list({ ...(accountId === undefined ? {} : { accountId }), ...(symbol === undefined ? {} : { symbol }), isOpenOnly, ...(before === undefined ? {} : { before }), limit: limit + 1 });
      const page = rows.slice(0, limit);
      return { orders: page.map(toOrder), nextBefore: rows.length > limit ? (page.at(-1)?.createdAt ?? null) : null };
    },
    'orders.reconcile': async ({ accountId }) => {
      const connection = await exchange.connect(accountId);
      try {
        return await connection.reconcile();
      } catch (error: unknown) {
        throw new AppError('EXCHANGE', `Reconciliation did not finish: ${(await describeExchangeError(error)).message}`);
      }
    },
    'fills.list': ({ clientOrderId }) => ({ fills: journal.fillsOf(clientOrderId).map(toFill) }),
  };
}
