import { hashKey, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type Order } from '../../../shared/schemas/orders';
import { orderKey } from './history-fetch';
import { matchesOrderHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { historyPageKey, pageNumberOf, withChangedRow, withCountDropped, type HistoryPage } from './history-pages';
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
 * replaced where it stands at once (on whichever page holds it). Then, once the burst settles,
 * each history of that account asks for its first page again (new orders, new fills, a count
 * that moved), and its other pages are marked stale: new rows on top shift every row below by
 * as many positions, so a page held by offset is out of date. The pages in view are asked for
 * again at once, the others when they come into view. Positions, balances and P&L are
 * computed from fills, so they are fetched again too.
 */
export function cacheHistoryEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const timers = new Map<number, ReturnType<typeof setTimeout>[]>();

  const refresh = (accountId: number): void => {
    for (const prefix of [queryKeys.orderHistories, queryKeys.fillHistories]) {
      void queryClient.refetchQueries({ queryKey: prefix, predicate: (query) => isPageOf(query, accountId) && pageNumberOf(query.queryKey) === 0 && query.state.data !== undefined });
      void queryClient.invalidateQueries({ queryKey: prefix, predicate: (query) => isPageOf(query, accountId) && pageNumberOf(query.queryKey) !== 0 });
    }
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === queryKeys.portfolio[0] && query.queryKey[2] === accountId });
  };

  const stop = bridge.on('orders.updated', (order) => {
    patchOrder(queryClient, order);
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

/**
 * One order changed: every held page of that account's order histories that lists it gets the
 * new row, or loses it when the order no longer matches that history's filter (and then the
 * history's count drops by one). A history that does not hold it waits for its fresh first page.
 */
export function patchOrder(queryClient: QueryClient, order: Order): void {
  const dropped = new Map<string, QueryKey>();
  for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.orderHistories, predicate: (candidate) => isPageOf(candidate, order.accountId) })) {
    const page = query.state.data as HistoryPage<Order> | undefined;
    if (page === undefined) continue;
    const filter = query.queryKey[2] as OrderHistoryFilter;
    const isMatch = matchesOrderHistoryFilter(order, filter);
    const changed = withChangedRow(page, order, orderKey, isMatch);
    if (changed === page) continue;
    queryClient.setQueryData<HistoryPage<Order>>(query.queryKey, changed);
    if (!isMatch) {
      const firstPage = historyPageKey(query.queryKey.slice(0, 3), 0);
      dropped.set(hashKey(firstPage), firstPage);
    }
  }
  for (const firstPage of dropped.values()) queryClient.setQueryData<HistoryPage<Order>>(firstPage, (page) => page && withCountDropped(page));
}

/** A page of one of the account's histories: ['history', kind, filter, page]. */
function isPageOf(query: Query, accountId: number): boolean {
  const filter = query.queryKey[2] as { accountId?: unknown } | undefined;
  return typeof filter === 'object' && filter !== null && filter.accountId === accountId && pageNumberOf(query.queryKey) !== undefined;
}

/**
 * Before everything is asked again (the link came back, events were missed): a history keeps
 * only its first page and the pages on screen, so asking again costs those and not every page
 * scrolled through; the rows elsewhere load again as they come into view.
 */
export function trimHistoriesToFirstPage(queryClient: QueryClient): void {
  const cache = queryClient.getQueryCache();
  for (const prefix of [queryKeys.orderHistories, queryKeys.fillHistories]) {
    for (const query of cache.findAll({ queryKey: prefix })) {
      const page = pageNumberOf(query.queryKey);
      if (page !== undefined && page > 0 && query.getObserversCount() === 0) cache.remove(query);
    }
  }
}
