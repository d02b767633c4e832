import { useInfiniteQuery } from '@tanstack/react-query';
import { type FillRow, type HistoryCursor, type Order } from '../../../shared/schemas/orders';
import { useBridge } from '../bridge/bridge-context';
import { fetchFillHistoryPage, fetchOrderHistoryPage } from './history-fetch';
import { type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { type HistoryPage } from './history-pages';
import { queryKeys } from './query-keys';

const NO_ACCOUNT = 0;

/**
 * An account's order history, newest first, a page per `fetchNextPage`; the first page says how
 * many orders match, so a list can be as tall as all of them before they are loaded.
 * `orders.updated` events keep the loaded pages current (history-events.ts).
 */
export function useOrderHistory(filter: OrderHistoryFilter | null) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.orderHistory(filter ?? { accountId: NO_ACCOUNT, symbol: null, side: null, origin: 'all', state: 'all', from: null, to: null }),
    enabled: filter !== null,
    initialPageParam: null as HistoryCursor | null,
    getNextPageParam: (last: HistoryPage<Order>) => last.nextCursor,
    // Pages never change in place (they are replaced), and comparing 100,000 rows deeply on
    // every page that arrives costs more than the page.
    structuralSharing: false,
    queryFn: ({ pageParam }) => (filter === null ? Promise.reject(new Error('no account')) : fetchOrderHistoryPage(bridge, filter, pageParam)),
  });
}

/** An account's fills with their order's side and origin, newest first, paged like the order history. */
export function useFillHistory(filter: FillHistoryFilter | null) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.fillHistory(filter ?? { accountId: NO_ACCOUNT, symbol: null, side: null, origin: 'all', from: null, to: null }),
    enabled: filter !== null,
    initialPageParam: null as HistoryCursor | null,
    getNextPageParam: (last: HistoryPage<FillRow>) => last.nextCursor,
    structuralSharing: false,
    queryFn: ({ pageParam }) => (filter === null ? Promise.reject(new Error('no account')) : fetchFillHistoryPage(bridge, filter, pageParam)),
  });
}
