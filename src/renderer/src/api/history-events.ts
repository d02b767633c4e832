import { type Query, type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type FillRow, type Order } from '../../../shared/schemas/orders';
import { fetchFillHistoryPage, fetchOrderHistoryPage, fillKey, fillTime, orderKey, orderTime } from './history-fetch';
import { matchesOrderHistoryFilter, type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { withChangedRow, withFreshHead, type HistoryData } from './history-pages';
import { queryKeys } from './query-keys';

/** Bursts of order events (a market order: placed, filled; a cancel-all) cost one fresh first page. */
const REFRESH_DELAY_MS = 250;
/**
 * And once more a little later: fills found by a lookup may be stored just after the event of
 * their order (an order adopted from the stream), and no later event would bring them.
 */
const SETTLE_DELAY_MS = 2_000;

/**
 * Keeps the paged histories and the portfolio current as orders change. A changed order is
 * replaced where it stands at once; then, once the burst settles, each history of that account
 * asks for its first page again and folds it in (new orders, new fills, a count that moved),
 * without asking for the pages below it again. Positions, balances and P&L are computed from
 * fills, so they are fetched again too.
 */
export function cacheHistoryEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const timers = new Map<number, ReturnType<typeof setTimeout>[]>();

  const refresh = (accountId: number): void => {
    for (const query of historyQueries(queryClient, queryKeys.orderHistories, accountId)) {
      const filter = query.queryKey[2] as OrderHistoryFilter;
      void fetchOrderHistoryPage(bridge, filter, null).then(
        (head) => queryClient.setQueryData<HistoryData<Order>>(query.queryKey, (data) => data && withFreshHead(data, head, orderKey, orderTime)),
        () => undefined,
      );
    }
    for (const query of historyQueries(queryClient, queryKeys.fillHistories, accountId)) {
      const filter = query.queryKey[2] as FillHistoryFilter;
      void fetchFillHistoryPage(bridge, filter, null).then(
        (head) => queryClient.setQueryData<HistoryData<FillRow>>(query.queryKey, (data) => data && withFreshHead(data, head, fillKey, fillTime)),
        () => undefined,
      );
    }
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === queryKeys.portfolio[0] && query.queryKey[2] === accountId });
  };

  const stop = bridge.on('orders.updated', (order) => {
    for (const query of historyQueries(queryClient, queryKeys.orderHistories, order.accountId)) {
      const filter = query.queryKey[2] as OrderHistoryFilter;
      queryClient.setQueryData<HistoryData<Order>>(query.queryKey, (data) => data && withChangedRow(data, order, orderKey, matchesOrderHistoryFilter(order, filter)));
    }
    for (const timer of timers.get(order.accountId) ?? []) clearTimeout(timer);
    timers.set(order.accountId, [
      setTimeout(() => refresh(order.accountId), REFRESH_DELAY_MS),
      setTimeout(() => refresh(order.accountId), SETTLE_DELAY_MS),
    ]);
  });

  return () => {
    stop();
    for (const list of timers.values()) for (const timer of list) clearTimeout(timer);
    timers.clear();
  };
}

/** The cached histories of one account that hold pages (one never fetched has nothing to fold into). */
function historyQueries(queryClient: QueryClient, prefix: readonly unknown[], accountId: number): Query[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: prefix })
    .filter((query) => {
      const filter = query.queryKey[2] as { accountId?: unknown } | undefined;
      return typeof filter === 'object' && filter !== null && filter.accountId === accountId && query.state.data !== undefined;
    });
}

/**
 * Before everything is asked again (the link came back, events were missed): a history keeps
 * only its first page, so asking again costs one page and not every page scrolled through;
 * the rows below load again as they come into view.
 */
export function trimHistoriesToFirstPage(queryClient: QueryClient): void {
  for (const prefix of [queryKeys.orderHistories, queryKeys.fillHistories]) {
    queryClient.setQueriesData<HistoryData<unknown>>({ queryKey: prefix }, (data) =>
      data === undefined || data.pages.length <= 1 ? data : { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) },
    );
  }
}
